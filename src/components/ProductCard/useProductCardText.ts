'use client';
import { useMemo } from 'react';
import { DEFAULT_LOCALE } from '../../format';
import { resolveProductCardText, type ProductCardText } from './messages';

/** What the card's parts format with: a locale and every word. */
export interface ProductCardTextContext {
  locale: string;
  messages: ProductCardText;
}

/**
 * The locale and words of a card or one of its parts: the props when given, else the defaults
 * (`en-US`, English).
 */
// TODO(hooks): fall back to CheckoutLinksProvider's locale and messages once it exists.
export function useProductCardText(locale: string | undefined, messages: Partial<ProductCardText> | undefined): ProductCardTextContext {
  const resolved = useMemo(() => resolveProductCardText(messages), [messages]);
  return { locale: locale ?? DEFAULT_LOCALE, messages: resolved };
}
