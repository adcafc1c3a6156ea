import type { RecurringInterval } from '../contract';
import { resolveFormatMessages } from './messages';
import type { FormatOptions, FormattedText } from './types';

/**
 * A billing interval after an amount: `month` is "/ mo" ("per month"), `month` × 3 is "/ 3 mo"
 * ("every 3 months"). An interval Polar adds later is shown by its name.
 */
export function formatInterval(interval: RecurringInterval, count = 1, options: Pick<FormatOptions, 'messages'> = {}): FormattedText {
  const messages = resolveFormatMessages(options.messages);
  return { label: messages.interval(interval, count), spoken: messages.intervalSpoken(interval, count) };
}
