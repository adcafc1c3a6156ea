/** The locale used when none is given, so server and client render the same text. */
export const DEFAULT_LOCALE = 'en-US';

/** ES2023 number format options that TypeScript's ES2022 lib does not declare yet. */
export interface NumberFormatOptions extends Intl.NumberFormatOptions {
  trailingZeroDisplay?: 'auto' | 'stripIfInteger';
}

/** Formats a number, or a decimal string exactly (Intl.NumberFormat v3) where the engine supports it. */
export type FormatNumber = (value: number | string) => string;

const validLocales = new Map<string, string>();

/** `locale` when Intl accepts it, else the default: a bad locale from a host must not crash rendering. */
export function usableLocale(locale: string | undefined): string {
  if (!locale) return DEFAULT_LOCALE;
  let usable = validLocales.get(locale);
  if (usable === undefined) {
    try {
      usable = Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
    } catch {
      usable = DEFAULT_LOCALE;
    }
    validLocales.set(locale, usable);
  }
  return usable;
}

// Building an Intl.NumberFormat costs far more than using one; a page of cards reuses a handful.
const numberFormats = new Map<string, FormatNumber>();

export function numberFormat(locale: string, options: NumberFormatOptions): FormatNumber {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    const intl = new Intl.NumberFormat(usableLocale(locale), options);
    format = intl.format.bind(intl) as FormatNumber;
    numberFormats.set(key, format);
  }
  return format;
}

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

export function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(usableLocale(locale));
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}
