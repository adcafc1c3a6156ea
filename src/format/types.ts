import type { FormatMessages } from './messages';

/** Options every formatter takes. */
export interface FormatOptions {
  /** A BCP 47 locale for `Intl`, e.g. `de-DE`. Default `en-US`. */
  locale?: string;
  /** Words to use instead of the English defaults (any subset). */
  messages?: Partial<FormatMessages>;
}

/** A short text to show, and the full phrase a screen reader should read instead. */
export interface FormattedText {
  /** e.g. `$19 / mo` */
  label: string;
  /** e.g. `19 US dollars per month` */
  spoken: string;
}
