import { describe, expect, it } from 'vitest';
import { makeFixedPrice, makeFreePrice } from '../testing/fixtures';
import { pricesForCurrency } from './pricesForCurrency';

describe('pricesForCurrency', () => {
  const usd = makeFixedPrice({ price_currency: 'usd' });
  const eur = makeFixedPrice({ price_currency: 'eur', price_amount: 1800 });
  const free = makeFreePrice();

  it('keeps the prices of the asked currency and those without a currency', () => {
    expect(pricesForCurrency([usd, eur, free], 'eur')).toEqual([eur, free]);
    expect(pricesForCurrency([usd, eur], 'EUR')).toEqual([eur]);
  });

  it('falls back to the first currency the product has', () => {
    expect(pricesForCurrency([usd, eur], 'jpy')).toEqual([usd]);
    expect(pricesForCurrency([eur, usd])).toEqual([eur]);
  });

  it('leaves out archived and ad hoc prices', () => {
    const archived = makeFixedPrice({ is_archived: true });
    const adHoc = makeFixedPrice({ source: 'ad_hoc' });
    expect(pricesForCurrency([archived, adHoc, usd], 'usd')).toEqual([usd]);
  });
});
