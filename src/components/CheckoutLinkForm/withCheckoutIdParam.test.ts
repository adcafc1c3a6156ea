import { describe, expect, it } from 'vitest';
import { withCheckoutIdParam } from './withCheckoutIdParam';

describe('withCheckoutIdParam', () => {
  it('starts the query with ? when the URL has none', () => {
    expect(withCheckoutIdParam('https://acme.test/thanks')).toBe('https://acme.test/thanks?checkout_id={CHECKOUT_ID}');
  });

  it('adds to an existing query with &', () => {
    expect(withCheckoutIdParam('https://acme.test/thanks?plan=pro')).toBe('https://acme.test/thanks?plan=pro&checkout_id={CHECKOUT_ID}');
  });

  it('adds no second separator after a trailing ? or &', () => {
    expect(withCheckoutIdParam('https://acme.test/?')).toBe('https://acme.test/?checkout_id={CHECKOUT_ID}');
    expect(withCheckoutIdParam('https://acme.test/?a=1&')).toBe('https://acme.test/?a=1&checkout_id={CHECKOUT_ID}');
  });

  it('keeps a fragment at the end', () => {
    expect(withCheckoutIdParam('https://acme.test/thanks#done')).toBe('https://acme.test/thanks?checkout_id={CHECKOUT_ID}#done');
    expect(withCheckoutIdParam('https://acme.test/t?x=1#done')).toBe('https://acme.test/t?x=1&checkout_id={CHECKOUT_ID}#done');
  });

  it('leaves a URL that already has the placeholder alone', () => {
    expect(withCheckoutIdParam('https://acme.test/?id={CHECKOUT_ID}')).toBe('https://acme.test/?id={CHECKOUT_ID}');
  });
});
