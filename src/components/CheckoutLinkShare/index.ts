export { CheckoutLinkShare } from './CheckoutLinkShare';
export type { CheckoutLinkShareProps } from './CheckoutLinkShare';
export { checkoutEmbedSnippet, POLAR_EMBED_SCRIPT_SRC } from './embedSnippet';
export type { EmbedTheme } from './embedSnippet';
export { composeCheckoutUrl, checkoutQueryParams, emptyCheckoutQuery } from './checkoutQuery';
export type { CheckoutQueryValues, ComposedCheckoutUrl } from './checkoutQuery';
