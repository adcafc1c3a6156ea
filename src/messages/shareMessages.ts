import { englishCount } from './englishCount';

/** The query parameters the share panel's composer can add to a checkout link. */
export type CheckoutQueryParam =
  | 'product_id'
  | 'customer_email'
  | 'customer_name'
  | 'discount_code'
  | 'amount'
  | 'locale'
  | 'theme'
  | 'reference_id'
  | 'utm_source'
  | 'utm_medium'
  | 'utm_campaign'
  | 'utm_term'
  | 'utm_content';

/** Errors the query composer shows at a field. Amounts come formatted in the price's currency. */
export interface CheckoutQueryErrorMessages {
  emailInvalid: string;
  discountCodeInvalid: (min: number, max: number) => string;
  amountInvalid: string;
  amountTooPrecise: (fractionDigits: number) => string;
  amountBelowMinimum: (minimum: string) => string;
  amountAboveMaximum: (maximum: string) => string;
  /** Several products are pay what you want: which one the amount is for must be chosen. */
  amountNeedsProduct: string;
  /** The chosen product has no pay-what-you-want price. */
  amountNotCustom: string;
  localeInvalid: string;
  tooLong: (max: number) => string;
}

/** Words of the panel that shows a created link for sharing. */
export interface SharePanelMessages {
  title: string;
  urlLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  open: string;
  /** Read after the open link's text: it opens a new tab. */
  opensInNewTab: string;
  createAnother: string;
  done: string;

  embedTitle: string;
  embedHelp: string;
  embedThemeLabel: string;
  themes: Record<'light' | 'dark', string>;
  /** The text of the button inside the embed snippet. */
  embedButtonText: string;
  embedCodeLabel: string;
  copyEmbedCode: string;
  embedHostsNote: string;

  composerTitle: string;
  composerHelp: string;
  composerLabels: Record<CheckoutQueryParam, string>;
  composerProductAny: string;
  composerThemeDefault: string;
  /** The range an amount must be in; `maximum` is `null` when there is none. */
  composerAmountHelp: (currency: string, minimum: string, maximum: string | null) => string;
  composerLocaleHelp: string;
  composerReferenceHelp: string;
  composerUtmTitle: string;
  composedUrlLabel: string;
  copyComposedUrl: string;
  composerErrors: CheckoutQueryErrorMessages;

  summaryTitle: string;
  summaryProducts: string;
  summaryDiscount: string;
  summaryAllowDiscountCodes: string;
  summaryRequireBillingAddress: string;
  summaryTrial: string;
  summarySeats: string;
  summarySuccessUrl: string;
  summaryReturnUrl: string;
  summaryMetadata: string;
  summaryNone: string;
  yes: string;
  no: string;
  /** "14 days": a trial length; `unit` is day, week, month or year. */
  trialLength: (count: number, unit: string) => string;
}

const units: Record<string, [string, string]> = { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] };

/** "14 days", "1 month": a trial length in English; an interval Polar adds later goes by its name. */
export function englishTrialLength(count: number, unit: string): string {
  const [one, other] = units[unit] ?? [unit, unit];
  return `${englishCount(count)} ${count === 1 ? one : other}`;
}

/** The English words of the share panel. */
export const defaultShareMessages: SharePanelMessages = {
  title: 'Your checkout link is ready',
  urlLabel: 'Checkout link',
  copy: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Could not copy. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  open: 'Open link',
  opensInNewTab: '(opens in a new tab)',
  createAnother: 'Create another link',
  done: 'Done',

  embedTitle: 'Embed on your site',
  embedHelp: 'Paste this where the button should be. Polar’s script opens the checkout over your page. It uses the link with the options above.',
  embedThemeLabel: 'Checkout theme',
  themes: { light: 'Light', dark: 'Dark' },
  embedButtonText: 'Purchase',
  embedCodeLabel: 'Embed code',
  copyEmbedCode: 'Copy code',
  embedHostsNote: 'The embedded checkout opens only on sites whose host is in your organization’s allowed embed hosts (Polar dashboard settings).',

  composerTitle: 'Prefill the checkout',
  composerHelp: 'Options added to the link as query parameters, for one buyer or one campaign. Empty fields are left out.',
  composerLabels: {
    product_id: 'Product',
    customer_email: 'Customer email',
    customer_name: 'Customer name',
    discount_code: 'Discount code',
    amount: 'Amount (pay what you want)',
    locale: 'Checkout language',
    theme: 'Checkout theme',
    reference_id: 'Reference ID',
    utm_source: 'UTM source',
    utm_medium: 'UTM medium',
    utm_campaign: 'UTM campaign',
    utm_term: 'UTM term',
    utm_content: 'UTM content',
  },
  composerProductAny: 'Buyer chooses',
  composerThemeDefault: 'Default',
  composerAmountHelp: (currency, minimum, maximum) =>
    maximum === null ? `In ${currency.toUpperCase()}, at least ${minimum}.` : `In ${currency.toUpperCase()}, from ${minimum} to ${maximum}.`,
  composerLocaleHelp: 'A language tag such as en, de or fr-FR.',
  composerReferenceHelp: 'Your own ID for this checkout; stored in its metadata.',
  composerUtmTitle: 'Campaign tracking',
  composedUrlLabel: 'Link with these options',
  copyComposedUrl: 'Copy link with options',
  composerErrors: {
    emailInvalid: 'Enter an email address such as name@example.com.',
    discountCodeInvalid: (min, max) => `Discount codes have ${englishCount(min)} to ${englishCount(max)} letters and digits.`,
    amountInvalid: 'Enter an amount such as 12.50.',
    amountTooPrecise: (digits) =>
      digits === 0 ? 'This currency has no decimals: enter a whole amount.' : `Use at most ${englishCount(digits)} decimals.`,
    amountBelowMinimum: (minimum) => `Enter at least ${minimum}.`,
    amountAboveMaximum: (maximum) => `Enter at most ${maximum}.`,
    amountNeedsProduct: 'Choose the pay-what-you-want product this amount is for.',
    amountNotCustom: 'This product has a set price: leave the amount empty.',
    localeInvalid: 'Enter a language tag such as en, de or fr-FR.',
    tooLong: (max) => `Use at most ${englishCount(max)} characters.`,
  },

  summaryTitle: 'What this link sells',
  summaryProducts: 'Products',
  summaryDiscount: 'Preset discount',
  summaryAllowDiscountCodes: 'Discount codes allowed',
  summaryRequireBillingAddress: 'Billing address required',
  summaryTrial: 'Free trial',
  summarySeats: 'Seats',
  summarySuccessUrl: 'Success URL',
  summaryReturnUrl: 'Return URL',
  summaryMetadata: 'Metadata',
  summaryNone: 'None',
  yes: 'Yes',
  no: 'No',
  trialLength: englishTrialLength,
};
