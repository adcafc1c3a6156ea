import { createCatalogue, type Catalogue } from '../src/testing';
import type { StoryCurrency } from './toolbar';

const SEED_CURRENCY = 'usd';

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A product priced in several currencies already shows multi-currency: the toolbar leaves it alone. */
function isMultiCurrency(value: Record<string, Json>): boolean {
  if (!Array.isArray(value.prices)) return false;
  const currencies = new Set(value.prices.map((price) => (isRecord(price) ? price.price_currency : undefined)));
  return currencies.size > 1;
}

function inCurrency(value: Json, currency: StoryCurrency): Json {
  if (Array.isArray(value)) return value.map((item) => inCurrency(item, currency));
  if (!isRecord(value) || isMultiCurrency(value)) return value;
  const result: Record<string, Json> = {};
  for (const [key, field] of Object.entries(value)) {
    if ((key === 'price_currency' || key === 'currency') && field === SEED_CURRENCY) {
      result[key] = currency;
    } else if (key === 'amounts' && isRecord(field) && !(currency in field) && SEED_CURRENCY in field) {
      const { [SEED_CURRENCY]: amount, ...others } = field;
      result[key] = { ...others, [currency]: amount };
    } else {
      result[key] = inCurrency(field, currency);
    }
  }
  // A fixed discount's deprecated `amount` repeats its entry in `amounts` for `currency`.
  if (value.currency === SEED_CURRENCY && isRecord(result.amounts) && typeof result.amounts[currency] === 'number') {
    result.amount = result.amounts[currency];
  }
  return result;
}

/**
 * The seeded catalogue with its US-dollar prices and fixed discounts in the toolbar's currency, amounts
 * kept in minor units (2900 is $29.00, €29.00 or ¥2,900: yen have no minor unit). Products sold in
 * several currencies and discounts that already name the currency keep their own amounts.
 */
export function catalogueInCurrency(currency: StoryCurrency): Catalogue {
  const catalogue = createCatalogue();
  return currency === SEED_CURRENCY ? catalogue : (inCurrency(catalogue, currency) as Catalogue);
}
