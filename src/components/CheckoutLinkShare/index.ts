export { CheckoutLinkShare } from './CheckoutLinkShare';
export type { CheckoutLinkShareProps } from './CheckoutLinkShare';
export { checkoutEmbedSnippet, POLAR_EMBED_SCRIPT_SRC } from './checkoutEmbedSnippet';
export type { EmbedTheme } from './checkoutEmbedSnippet';
export { composeCheckoutUrl, checkoutQueryParams, emptyCheckoutQuery } from './checkoutQuery';
export type { CheckoutQueryValues, ComposedCheckoutUrl } from './checkoutQuery';
