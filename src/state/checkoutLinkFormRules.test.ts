import { describe, expect, it } from 'vitest';
import { makeDiscount, makeFixedPrice, makeLegacyRecurringPrice, makeProduct, makeSeatBasedPrice } from '../testing/fixtures';
import { discountApplicability, formAvailability, legacyPriceChoices, productSeatRange, sharedSeatRange } from './checkoutLinkFormRules';

const seats = (tiers: { min_seats: number; max_seats: number | null }[], extra: { minimum_seats?: number; maximum_seats?: number | null } = {}) =>
  makeProduct({
    name: 'Seats',
    prices: [makeSeatBasedPrice({ seat_tiers: { tiers: tiers.map((tier) => ({ ...tier, price_per_seat: 500 })), ...extra } })],
  });

describe('seat ranges', () => {
  it('runs from the first tier to the last, unbounded tiers up to Polar’s 10,000', () => {
    expect(productSeatRange(seats([{ min_seats: 2, max_seats: 5 }, { min_seats: 6, max_seats: 50 }]))).toEqual({ min: 2, max: 50 });
    expect(productSeatRange(seats([{ min_seats: 1, max_seats: 4 }, { min_seats: 5, max_seats: null }]))).toEqual({ min: 1, max: 10_000 });
    expect(productSeatRange(makeProduct({ prices: [makeFixedPrice()] }))).toBeNull();
  });

  it('is the intersection across products, or nothing when they do not meet or one is not seat-based', () => {
    const small = seats([{ min_seats: 1, max_seats: 10 }]);
    const large = seats([{ min_seats: 5, max_seats: null }]);
    const huge = seats([{ min_seats: 20, max_seats: null }]);
    expect(sharedSeatRange([small, large])).toEqual({ min: 5, max: 10 });
    expect(sharedSeatRange([small, huge])).toBeNull();
    expect(sharedSeatRange([small, makeProduct()])).toBeNull();
    expect(sharedSeatRange([])).toBeNull();
  });

  it('waits for products it does not know', () => {
    const small = seats([{ min_seats: 1, max_seats: 10 }]);
    const availability = formAvailability([small.id, 'unknown'], { [small.id]: small }, 'create');
    expect(availability).toMatchObject({ seats: null, unknownProductIds: ['unknown'] });
  });
});

describe('discount applicability', () => {
  it('covers every product when unrestricted, else only those listed', () => {
    const pro = makeProduct({ name: 'Pro' });
    const ebook = makeProduct({ name: 'E-book', recurring_interval: null });
    const restricted = makeDiscount({ products: [{ id: pro.id, name: pro.name, is_recurring: true, is_archived: false }] });
    expect(discountApplicability(makeDiscount(), [pro, ebook])).toEqual({ applicable: true });
    expect(discountApplicability(restricted, [pro])).toEqual({ applicable: true });
    expect(discountApplicability(restricted, [pro, ebook])).toEqual({ applicable: false, reason: 'products', uncoveredProducts: [ebook] });
  });
});

describe('price choices', () => {
  it('offers the live legacy prices of a product that has several, for new links only', () => {
    const monthly = makeLegacyRecurringPrice();
    const yearly = makeLegacyRecurringPrice({ recurring_interval: 'year' });
    const archived = makeLegacyRecurringPrice({ recurring_interval: 'week', is_archived: true });
    const legacy = makeProduct({ prices: [monthly, yearly, archived] });
    expect(legacyPriceChoices(legacy)?.map((price) => price.recurring_interval)).toEqual(['month', 'year']);
    expect(legacyPriceChoices(makeProduct())).toBeNull();
    expect(formAvailability([legacy.id], { [legacy.id]: legacy }, 'edit').priceChoices).toBeNull();
  });
});
