'use client';
import type { ProductPrice } from '../../contract';
import { formatPrice, type FormatMessages } from '../../format';
import type { UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { BuilderMessages } from '../../messages';
import { SelectField } from './SelectField';

export interface PriceChoiceFieldProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  prices: readonly ProductPrice[];
  messages: BuilderMessages;
  formatMessages: FormatMessages;
  locale: string;
}

/** For a single product with several legacy prices: sell all of them, or one. */
export function PriceChoiceField({ form, prices, messages, formatMessages, locale }: PriceChoiceFieldProps) {
  return (
    <SelectField
      form={form}
      name="product_price_id"
      label={messages.priceLabel}
      help={messages.priceHelp}
      options={[
        { value: '', label: messages.allPrices },
        ...prices.map((price) => ({ value: price.id, label: formatPrice(price, { locale, messages: formatMessages }).label })),
      ]}
    />
  );
}
