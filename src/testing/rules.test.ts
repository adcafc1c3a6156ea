import { describe, expect, it } from 'vitest';
import { checkCreateBody, paginate, sortItems } from './rules';

describe('the shared Polar rules', () => {
  it('sort NULLs last ascending and first descending, as PostgreSQL does, keeping ties in order', () => {
    const links = [{ label: 'b' }, { label: null }, { label: 'a' }, { label: 'b', tie: true }];
    const byLabel = (sorting: string[]) => sortItems(links, sorting, (link, key) => link[key as 'label']);
    expect(byLabel(['label'])).toEqual([{ label: 'a' }, { label: 'b' }, { label: 'b', tie: true }, { label: null }]);
    expect(byLabel(['-label'])).toEqual([{ label: null }, { label: 'b' }, { label: 'b', tie: true }, { label: 'a' }]);
  });

  it('page with max_page 0 for nothing, and cap the limit at 100', () => {
    expect(paginate([], {})).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
    expect(paginate(Array.from({ length: 25 }, (_, index) => index), { page: 3 })).toEqual({ items: [20, 21, 22, 23, 24], pagination: { total_count: 25, max_page: 3 } });
    expect(paginate(Array.from({ length: 250 }, (_, index) => index), { limit: 1000 }).pagination.max_page).toBe(3);
  });

  it('word create-body errors as pydantic does, at the field, with the variant named', () => {
    const checked = checkCreateBody({ payment_processor: 'paypal', product_id: 'f8b0f7c4-1f7e-4a51-9d41-6a2b0e9d1c33', seats: 0 });
    expect(checked.ok ? [] : checked.failure.body.detail).toEqual([
      { loc: ['body', 'CheckoutLinkCreateProduct', 'payment_processor'], msg: 'The payment processor must be "stripe".', type: 'literal_error', input: 'paypal' },
      { loc: ['body', 'CheckoutLinkCreateProduct', 'seats'], msg: 'Seats must be at least 1.', type: 'greater_than_equal', input: 0 },
    ]);
    expect(checkCreateBody([1, 2])).toMatchObject({ ok: false, failure: { status: 422, body: { detail: [{ loc: ['body'], type: 'model_attributes_type' }] } } });
  });
});
