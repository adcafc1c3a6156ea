import type { ProductPrice } from '../contract';

/**
 * The prices of a product to show a buyer in `currency`: not archived, not ad hoc, in that currency
 * (prices without a currency, like the 2025 `free` price, always). When the product has no price in
 * `currency`, or none is asked for, the prices of the first currency it has.
 */
export function pricesForCurrency(prices: readonly ProductPrice[], currency?: string): ProductPrice[] {
  const offered = prices.filter((price) => !price.is_archived && price.source !== 'ad_hoc');
  const currencyOf = (price: ProductPrice) => (typeof price.price_currency === 'string' ? price.price_currency.toLowerCase() : null);
  const wanted = currency?.toLowerCase();
  const chosen =
    wanted && offered.some((price) => currencyOf(price) === wanted)
      ? wanted
      : offered.map(currencyOf).find((code): code is string => code !== null);
  return offered.filter((price) => {
    const code = currencyOf(price);
    return code === null || code === chosen;
  });
}
