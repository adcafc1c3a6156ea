import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitDigits } from './formatMoney';

// Intl separates some symbols with (narrow) no-break spaces; compare them as plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['en-US', 'usd', '$19', '$19.50'],
    ['en-US', 'eur', '€19', '€19.50'],
    ['en-US', 'jpy', '¥1,900', '¥1,950'],
    ['de-DE', 'usd', '19 $', '19,50 $'],
    ['de-DE', 'eur', '19 €', '19,50 €'],
    ['de-DE', 'jpy', '1.900 ¥', '1.950 ¥'],
    ['ja-JP', 'usd', '$19', '$19.50'],
    ['ja-JP', 'eur', '€19', '€19.50'],
    ['ja-JP', 'jpy', '￥1,900', '￥1,950'],
  ])('formats minor units in %s %s, whole amounts without decimals', (locale, currency, whole, fractional) => {
    expect(plain(formatMoney(1900, currency, locale))).toBe(whole);
    expect(plain(formatMoney(1950, currency, locale))).toBe(fractional);
  });

  it('does not divide zero-decimal currencies by 100', () => {
    for (const currency of ['jpy', 'krw', 'vnd', 'clp']) expect(minorUnitDigits(currency)).toBe(0);
    expect(plain(formatMoney(5000, 'krw', 'en-US'))).toBe('₩5,000');
    expect(plain(formatMoney(5000, 'CLP', 'en-US'))).toBe('CLP 5,000');
    expect(minorUnitDigits('kwd')).toBe(3);
  });

  it('keeps sub-cent precision of decimal strings exactly', () => {
    expect(formatMoney('1.25', 'usd', 'en-US')).toBe('$0.0125');
    expect(plain(formatMoney('0.0005', 'eur', 'de-DE'))).toBe('0,000005 €');
    expect(formatMoney('1.25', 'jpy', 'en-US')).toBe('¥1.25');
  });

  it('spells the currency out for screen readers', () => {
    expect(formatMoney(1900, 'usd', 'en-US', { display: 'name' })).toBe('19 US dollars');
    expect(formatMoney(100, 'usd', 'en-US', { display: 'name' })).toBe('1 US dollar');
    expect(plain(formatMoney(1900, 'eur', 'de-DE', { display: 'name' }))).toBe('19 Euro');
    expect(formatMoney(1900, 'jpy', 'ja-JP', { display: 'name' })).toBe('1,900円');
  });

  it('survives a malformed currency, locale or amount instead of throwing', () => {
    expect(formatMoney(1900, 'dollars', 'en-US')).toBe('19 dollars');
    expect(formatMoney(1900, 'usd', 'not a locale!')).toBe('$19');
    expect(formatMoney('abc', 'usd', 'en-US')).toBe('abc');
  });
});
