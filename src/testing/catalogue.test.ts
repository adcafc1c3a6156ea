import { describe, expect, it } from 'vitest';
import { benefitTypes, checkoutLinkSchema, discountSchema, isUuid4, productSchema } from '../contract';
import { catalogue, catalogueIds, catalogueMediaFiles, createCatalogue } from './catalogue';

const allPrices = catalogue.products.flatMap((product) => product.prices);

describe('the seeded catalogue', () => {
  it('holds a dozen products, two links and five discounts that all parse with the contract schemas', () => {
    expect(catalogue.products).toHaveLength(12);
    for (const product of catalogue.products) expect(productSchema.safeParse(product).error).toBeUndefined();
    for (const discount of catalogue.discounts) expect(discountSchema.safeParse(discount).error).toBeUndefined();
    for (const link of catalogue.links) expect(checkoutLinkSchema.safeParse(link).error).toBeUndefined();
  });

  it('sells every way Polar does', () => {
    expect(new Set(allPrices.map((price) => price.amount_type))).toEqual(new Set(['fixed', 'custom', 'seat_based', 'metered_unit']));
    expect(allPrices.filter((price) => price.legacy).map((price) => price.recurring_interval)).toEqual(['month', 'year']);
    expect(new Set(catalogue.products.map((product) => product.recurring_interval))).toEqual(new Set([null, 'month', 'year']));
    expect(allPrices.some((price) => price.amount_type === 'fixed' && 'price_amount' in price && price.price_amount === 0)).toBe(true);
    expect(new Set(allPrices.map((price) => price.price_currency))).toEqual(new Set(['usd', 'eur']));
    expect(catalogue.products.filter((product) => product.is_archived).map((product) => product.name)).toEqual(['Video Course 2024']);
    expect(catalogue.products.filter((product) => product.visibility === 'draft').map((product) => product.name)).toEqual(['Mobile App']);
  });

  it('has benefits of every type, and discounts of every shape', () => {
    const types = new Set(catalogue.products.flatMap((product) => product.benefits.map((benefit) => benefit.type)));
    expect([...types].sort()).toEqual([...benefitTypes].sort());
    const shapes = new Set(catalogue.discounts.map((discount) => `${discount.type} ${discount.duration}`));
    expect(shapes).toEqual(new Set(['percentage once', 'fixed repeating', 'percentage forever', 'percentage repeating', 'fixed once']));
    expect(catalogue.discounts.filter((discount) => discount.products?.length).map((discount) => discount.name)).toEqual(['Pro: 30% off', 'Team onboarding']);
  });

  it('uses UUID v4 ids that are unique and the same on every build', () => {
    const ids = [
      ...catalogue.products.flatMap((product) => [product.id, ...product.prices.map((price) => price.id), ...product.medias.map((media) => media.id)]),
      ...new Set(catalogue.products.flatMap((product) => product.benefits.map((benefit) => benefit.id))),
      ...catalogue.discounts.map((discount) => discount.id),
      ...catalogue.links.map((link) => link.id),
    ];
    expect(ids.every(isUuid4)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createCatalogue()).toEqual(createCatalogue());
    expect(catalogue.products.map((product) => product.id)).toEqual(Object.values(catalogueIds.products));
  });

  it('serves its SVG medias from a base URL when given one', () => {
    const served = createCatalogue({ mediaBaseUrl: 'https://cdn.acme.test/media' });
    const urls = served.products.flatMap((product) => product.medias.map((media) => media.public_url));
    expect(urls).toContain('https://cdn.acme.test/media/pro-plan-dashboard.svg');
    expect(urls.every((url) => catalogueMediaFiles.some((file) => url === `https://cdn.acme.test/media/${file}`))).toBe(true);
  });
});
