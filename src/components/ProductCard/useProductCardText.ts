'use client';
import { useMemo } from 'react';
import { DEFAULT_LOCALE, defaultFormatMessages, type FormatMessages } from '../../format';
import { useOptionalCheckoutLinksContext } from '../../hooks';
import { defaultProductCardMessages, type ProductCardMessages } from '../../messages';
import type { ProductCardText } from './messages';

/** What the card's parts format with: a locale and every word. */
export interface ProductCardTextContext {
  locale: string;
  messages: ProductCardText;
}

// A card and each of its parts resolve their words; a page of cards would otherwise copy every word
// into a new object several times per card. Resolved sets are shared and recognised instead.
const resolvedTexts = new WeakSet<ProductCardText>();
const baseTexts = new WeakMap<FormatMessages, WeakMap<ProductCardMessages, ProductCardText>>();

function resolved(text: ProductCardText): ProductCardText {
  resolvedTexts.add(text);
  return text;
}

function baseText(format: FormatMessages, card: ProductCardMessages): ProductCardText {
  let byCard = baseTexts.get(format);
  if (!byCard) baseTexts.set(format, (byCard = new WeakMap()));
  let text = byCard.get(card);
  if (!text) byCard.set(card, (text = resolved({ ...format, ...card })));
  return text;
}

/**
 * The locale and words of a card or one of its parts: the props first, then those of the
 * `CheckoutLinksProvider` around it, then `en-US` and English. The card needs no provider: it only
 * shows the data it is given.
 */
export function useProductCardText(locale: string | undefined, messages: Partial<ProductCardText> | undefined): ProductCardTextContext {
  const provided = useOptionalCheckoutLinksContext();
  // The card's own defaults only, not every group's: a page of cards need not carry the builder's words.
  const format = provided?.messages.format ?? defaultFormatMessages;
  const card = provided?.messages.card ?? defaultProductCardMessages;
  const text = useMemo(() => {
    // A part given its card's resolved words uses them as they are.
    if (messages && resolvedTexts.has(messages as ProductCardText)) return messages as ProductCardText;
    const base = baseText(format, card);
    return messages ? resolved({ ...base, ...messages }) : base;
  }, [format, card, messages]);
  return { locale: locale ?? provided?.locale ?? DEFAULT_LOCALE, messages: text };
}
