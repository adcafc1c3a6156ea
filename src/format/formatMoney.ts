import { decimalToString, parseDecimal, shiftDecimal, type Decimal } from './decimal';
import { DEFAULT_LOCALE, numberFormat, type FormatNumber } from './intl';

// Stripe's zero-decimal currencies (Polar charges through Stripe): amounts are whole units, not cents.
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);
// Stripe's three-decimal currencies: amounts are thousandths.
const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

/** How many digits of a currency's amount are in its minor unit: 0 (jpy), 2 (usd) or 3 (kwd). */
export function minorUnitDigits(currency: string): number {
  const code = currency.toLowerCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  return THREE_DECIMAL.has(code) ? 3 : 2;
}

/** Options of `formatMoney`. */
export interface FormatMoneyOptions {
  /** `symbol` ("$19", the default) or `name` ("19 US dollars", for screen readers). */
  display?: 'symbol' | 'name';
}

const CURRENCY_CODE = /^[a-z]{3}$/i;
// Intl.NumberFormat accepts at most 20 fraction digits in engines without NumberFormat v3.
const MAX_FRACTION_DIGITS = 20;

// Found by a key cheaper to build than numberFormat's: a page of cards formats hundreds of amounts.
const currencyFormats = new Map<string, FormatNumber>();

function currencyFormat(locale: string, currency: string, display: 'symbol' | 'name', minimumFractionDigits: number, maximumFractionDigits: number): FormatNumber {
  const key = `${locale}|${currency}|${display}|${minimumFractionDigits}|${maximumFractionDigits}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: display,
      minimumFractionDigits,
      maximumFractionDigits,
      trailingZeroDisplay: 'stripIfInteger',
    });
    currencyFormats.set(key, format);
  }
  return format;
}

/** Formats an amount in major units (a `Decimal`) in `currency`. */
export function formatMajorAmount(
  major: Decimal,
  currency: string,
  locale: string = DEFAULT_LOCALE,
  { display = 'symbol' }: FormatMoneyOptions = {},
): string {
  const text = decimalToString(major);
  const point = text.indexOf('.');
  const minimumFractionDigits = minorUnitDigits(currency);
  const maximumFractionDigits = Math.min(MAX_FRACTION_DIGITS, Math.max(minimumFractionDigits, point < 0 ? 0 : text.length - point - 1));
  if (!CURRENCY_CODE.test(currency)) {
    // Not an ISO code, which Intl would reject: show the number with the text as given.
    return `${numberFormat(locale, { minimumFractionDigits, maximumFractionDigits, trailingZeroDisplay: 'stripIfInteger' })(text)} ${currency}`.trim();
  }
  return currencyFormat(locale, currency, display, minimumFractionDigits, maximumFractionDigits)(text);
}

// Below this many minor units, minor / 10^digits as a Number is off the exact amount by far less than
// half a minor unit, so Intl rounds it to the same text as the exact decimal.
const EXACT_AS_NUMBER = 1e15;

/**
 * Formats an amount given in the currency's minor unit, as Polar sends money: `1900` usd is "$19",
 * `1950` is "$19.50", `1900` jpy is "¥1,900" (zero-decimal currencies are not divided by 100).
 * Decimal strings keep sub-cent precision exactly: `"1.25"` usd is "$0.0125".
 */
export function formatMoney(
  minor: number | string,
  currency: string,
  locale: string = DEFAULT_LOCALE,
  options: FormatMoneyOptions = {},
): string {
  // Whole minor units, as Polar sends them, skip the exact decimal arithmetic: they have no more
  // fraction digits than the currency shows.
  if (typeof minor === 'number' && Number.isInteger(minor) && Math.abs(minor) < EXACT_AS_NUMBER && CURRENCY_CODE.test(currency)) {
    const digits = minorUnitDigits(currency);
    // `+ 0` turns -0 into 0, as the decimal path reads it.
    return currencyFormat(locale, currency, options.display ?? 'symbol', digits, digits)(minor / 10 ** digits + 0);
  }
  const amount = parseDecimal(minor);
  if (!amount) return String(minor);
  return formatMajorAmount(shiftDecimal(amount, -minorUnitDigits(currency)), currency, locale, options);
}
