// One formatter for every count: `Number.prototype.toLocaleString` builds a new Intl.NumberFormat on
// each call, which made counting a page of cards' images one of its costliest steps.
let englishNumbers: Intl.NumberFormat | undefined;

/** A count as English text ("1,000"): the default messages format their numbers this way. */
export const englishCount = (value: number): string => (englishNumbers ??= new Intl.NumberFormat('en-US')).format(value);
