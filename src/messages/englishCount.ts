/** A count as English text ("1,000"): the default messages format their numbers this way. */
export const englishCount = (value: number): string => value.toLocaleString('en-US');
