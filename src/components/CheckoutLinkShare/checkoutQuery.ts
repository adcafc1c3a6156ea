import type { CheckoutLink, Product, ProductPriceCustom } from '../../contract';
import { formatMoney, minorUnitDigits } from '../../format';
import type { CheckoutQueryParam, SharePanelMessages } from '../../messages';

/** What the composer's fields hold, as typed. */
export type CheckoutQueryValues = Record<CheckoutQueryParam, string>;

/** The composer's fields, in the order they are shown and added to the URL. */
export const checkoutQueryParams: readonly CheckoutQueryParam[] = [
  'product_id',
  'customer_email',
  'customer_name',
  'discount_code',
  'amount',
  'locale',
  'theme',
  'reference_id',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
];

export const emptyCheckoutQuery: CheckoutQueryValues = Object.fromEntries(
  checkoutQueryParams.map((param) => [param, '']),
) as CheckoutQueryValues;

/** Polar's rule for discount codes: 3 to 256 letters and digits. */
export const DISCOUNT_CODE_MIN = 3;
export const DISCOUNT_CODE_MAX = 256;
/** Long enough for any real value, short enough to keep the URL shareable. */
export const QUERY_TEXT_MAX = 500;

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const DISCOUNT_CODE = /^[A-Za-z0-9]+$/;
const AMOUNT = /^\d+(?:[.,](\d*))?$/;

/** The pay-what-you-want price of a product (its first live one), if it has one. */
export function customPriceOf(product: Product): ProductPriceCustom | undefined {
  return product.prices.find(
    (price): price is ProductPriceCustom => price.amount_type === 'custom' && !price.is_archived,
  );
}

/** The product an amount is for: the chosen one, else the link's only pay-what-you-want product. */
function amountProduct(link: CheckoutLink, productId: string): Product | 'ambiguous' | undefined {
  if (productId) return link.products.find((product) => product.id === productId);
  const payWhatYouWant = link.products.filter((product) => customPriceOf(product));
  if (payWhatYouWant.length > 1) return 'ambiguous';
  return payWhatYouWant[0];
}

/** The custom price the amount field is for, or `null` when the link sells none. */
export function amountPrice(link: CheckoutLink, productId: string): ProductPriceCustom | null {
  const product = amountProduct(link, productId);
  return product && product !== 'ambiguous' ? (customPriceOf(product) ?? null) : null;
}

/** Whether any of the link's products lets buyers pay what they want (the amount field applies). */
export function sellsPayWhatYouWant(link: CheckoutLink): boolean {
  return link.products.some((product) => customPriceOf(product));
}

/**
 * An amount typed in major units ("12.50", "12,5", "1900" yen) in the currency's minor unit, or
 * why not. Done on the digits, so no binary rounding creeps in.
 */
export function parseMajorAmount(text: string, currency: string): { minor: number } | { problem: 'invalid' | 'precision'; digits: number } {
  const digits = minorUnitDigits(currency);
  const match = AMOUNT.exec(text.trim());
  if (!match) return { problem: 'invalid', digits };
  const [whole = '', fraction = ''] = text.trim().split(/[.,]/);
  if (fraction.length > digits) return { problem: 'precision', digits };
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? { minor } : { problem: 'invalid', digits };
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** The problem with one field's value, in the panel's words; `undefined` when it is fine or empty. */
function problemOf(
  param: CheckoutQueryParam,
  values: CheckoutQueryValues,
  link: CheckoutLink,
  messages: SharePanelMessages,
  locale: string,
): string | undefined {
  const value = values[param].trim();
  const errors = messages.composerErrors;
  if (value === '') return undefined;
  if (value.length > QUERY_TEXT_MAX) return errors.tooLong(QUERY_TEXT_MAX);
  switch (param) {
    case 'customer_email':
      return EMAIL.test(value) ? undefined : errors.emailInvalid;
    case 'discount_code':
      return DISCOUNT_CODE.test(value) && value.length >= DISCOUNT_CODE_MIN && value.length <= DISCOUNT_CODE_MAX
        ? undefined
        : errors.discountCodeInvalid(DISCOUNT_CODE_MIN, DISCOUNT_CODE_MAX);
    case 'locale':
      return isLanguageTag(value) ? undefined : errors.localeInvalid;
    case 'amount':
      return amountProblem(value, values.product_id, link, messages, locale);
    default:
      return undefined;
  }
}

function amountProblem(value: string, productId: string, link: CheckoutLink, messages: SharePanelMessages, locale: string): string | undefined {
  const errors = messages.composerErrors;
  const product = amountProduct(link, productId);
  if (product === 'ambiguous') return errors.amountNeedsProduct;
  const price = product && customPriceOf(product);
  if (!price) return errors.amountNotCustom;
  const parsed = parseMajorAmount(value, price.price_currency);
  if ('problem' in parsed) return parsed.problem === 'precision' ? errors.amountTooPrecise(parsed.digits) : errors.amountInvalid;
  const minimum = price.minimum_amount ?? 0;
  if (parsed.minor < minimum) return errors.amountBelowMinimum(formatMoney(minimum, price.price_currency, locale));
  const maximum = price.maximum_amount;
  if (maximum != null && parsed.minor > maximum) return errors.amountAboveMaximum(formatMoney(maximum, price.price_currency, locale));
  return undefined;
}

/** The composer's result: the link's URL with every valid, non-empty value, and the problems of the others. */
export interface ComposedCheckoutUrl {
  url: string;
  errors: Partial<Record<CheckoutQueryParam, string>>;
}

/**
 * The link's URL with the query parameters Polar's checkout reads. Amounts go in the currency's
 * minor unit, as Polar takes every amount; invalid values are left out and reported by field.
 */
export function composeCheckoutUrl(
  link: CheckoutLink,
  values: CheckoutQueryValues,
  messages: SharePanelMessages,
  locale: string,
): ComposedCheckoutUrl {
  const errors: ComposedCheckoutUrl['errors'] = {};
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    return { url: link.url, errors };
  }
  for (const param of checkoutQueryParams) {
    const value = values[param].trim();
    if (value === '') continue;
    const problem = problemOf(param, values, link, messages, locale);
    if (problem) {
      errors[param] = problem;
      continue;
    }
    if (param === 'amount') {
      const price = amountPrice(link, values.product_id);
      const parsed = price && parseMajorAmount(value, price.price_currency);
      if (parsed && 'minor' in parsed) url.searchParams.set(param, String(parsed.minor));
      continue;
    }
    url.searchParams.set(param, value);
  }
  return { url: url.href, errors };
}
