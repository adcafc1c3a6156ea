'use client';
import { useContext, useMemo } from 'react';
import { DEFAULT_LOCALE, defaultFormatMessages } from '../../format';
import { CheckoutLinksContext } from '../../hooks/CheckoutLinksContext';
import { defaultProductCardMessages } from '../../messages/productCardMessages';
import type { ProductCardText } from './messages';

/** What the card's parts format with: a locale and every word. */
export interface ProductCardTextContext {
  locale: string;
  messages: ProductCardText;
}

/**
 * The locale and words of a card or one of its parts: the props first, then those of the
 * `CheckoutLinksProvider` around it, then `en-US` and English. The card needs no provider: it only
 * shows the data it is given.
 */
export function useProductCardText(locale: string | undefined, messages: Partial<ProductCardText> | undefined): ProductCardTextContext {
  const provided = useContext(CheckoutLinksContext);
  // The card's own defaults only, not every group's: a page of cards need not carry the builder's words.
  const format = provided?.messages.format ?? defaultFormatMessages;
  const card = provided?.messages.card ?? defaultProductCardMessages;
  const resolved = useMemo(() => ({ ...format, ...card, ...messages }), [format, card, messages]);
  return { locale: locale ?? provided?.locale ?? DEFAULT_LOCALE, messages: resolved };
}
