// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectParsedUnchanged, responseFieldErrors } from '../../test/contractExpectations';
import { checkoutLink2026, fixedOnceDiscount2025, product2026 } from '../../test/wireExamples';
import { checkoutLinkSchema } from './checkoutLink';
import { discountSchema } from './discount';
import { checkoutLinkListQuerySchema, discountListQuerySchema, listResourceSchema, productListQuerySchema } from './list';
import { productSchema } from './product';

const page = <T>(items: T[], total_count = items.length) => ({ items, pagination: { total_count, max_page: Math.ceil(total_count / 10) } });

describe('listResourceSchema', () => {
  it('parses a page of checkout links, products or discounts', () => {
    expectParsedUnchanged(listResourceSchema(checkoutLinkSchema), page([checkoutLink2026()], 31), ['2026-10', 'ListResource_CheckoutLink_']);
    expectParsedUnchanged(listResourceSchema(productSchema), page([product2026()]), ['2026-10', 'ListResource_Product_']);
    const discounts = page([{ ...fixedOnceDiscount2025(), products: [] }]);
    expectParsedUnchanged(listResourceSchema(discountSchema), discounts, ['2025-04-10', 'ListResource_Discount_']);
  });

  it('parses an empty page, whose max_page is 0', () => {
    expect(listResourceSchema(checkoutLinkSchema).parse(page([]))).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
  });

  it('fails at the item that is unusable', () => {
    const { url: _, ...withoutUrl } = checkoutLink2026();
    expect(responseFieldErrors(listResourceSchema(checkoutLinkSchema), page([checkoutLink2026(), withoutUrl]))).toEqual({
      'items.1.url': ['Required field is missing.'],
    });
  });
});

describe('list queries', () => {
  const organization = '1dbfc517-0bbf-4301-9ba8-555ca42b9737';

  it('take pages from 1 and limits from 1 to 100', () => {
    expect(checkoutLinkListQuerySchema.safeParse({ page: 1, limit: 100 }).success).toBe(true);
    expect(checkoutLinkListQuerySchema.safeParse({ page: 0 }).error?.issues).toMatchObject([{ path: ['page'], message: 'Pages start at 1.' }]);
    expect(productListQuerySchema.safeParse({ limit: 101 }).error?.issues).toMatchObject([
      { path: ['limit'], message: 'The limit can be at most 100.' },
    ]);
  });

  it('take one id or several, each a UUID v4', () => {
    expect(productListQuerySchema.safeParse({ organization_id: organization, id: [organization, organization] }).success).toBe(true);
    expect(checkoutLinkListQuerySchema.safeParse({ product_id: ['nope'] }).error?.issues).toMatchObject([
      { path: ['product_id'], message: 'Every id must be a UUID v4.' },
    ]);
  });

  it('sort only by the properties Polar sorts by', () => {
    expect(discountListQuerySchema.safeParse({ sorting: ['-created_at', 'code'] }).success).toBe(true);
    expect(checkoutLinkListQuerySchema.safeParse({ sorting: ['price'] }).error?.issues).toMatchObject([{ path: ['sorting', 0] }]);
  });
});
