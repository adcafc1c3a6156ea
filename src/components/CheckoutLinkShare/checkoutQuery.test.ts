import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../../messages';
import { createCatalogue, catalogueIds, makeCheckoutLink, makeCustomPrice, makeProduct } from '../../testing';
import { composeCheckoutUrl, emptyCheckoutQuery, parseMajorAmount, type CheckoutQueryValues } from './checkoutQuery';

const { products } = createCatalogue();
const byId = (id: string) => products.find((product) => product.id === id)!;
const tipJar = byId(catalogueIds.products.tipJar); // usd, $1 to $1,000
const starterKit = byId(catalogueIds.products.starterKit);
const messages = defaultMessages.share;

function compose(values: Partial<CheckoutQueryValues>, link = makeCheckoutLink({ products: [tipJar] })) {
  return composeCheckoutUrl(link, { ...emptyCheckoutQuery, ...values }, messages, 'en-US');
}

describe('parseMajorAmount', () => {
  it('reads major units with a dot or a comma into minor units, without float rounding', () => {
    expect(parseMajorAmount('12.50', 'usd')).toEqual({ minor: 1250 });
    expect(parseMajorAmount('12,5', 'eur')).toEqual({ minor: 1250 });
    expect(parseMajorAmount('0.29', 'usd')).toEqual({ minor: 29 });
    expect(parseMajorAmount('1900', 'jpy')).toEqual({ minor: 1900 });
    expect(parseMajorAmount('1.234', 'kwd')).toEqual({ minor: 1234 });
  });

  it('refuses more decimals than the currency has, and anything that is not an amount', () => {
    expect(parseMajorAmount('1.005', 'usd')).toEqual({ problem: 'precision', digits: 2 });
    expect(parseMajorAmount('10.5', 'jpy')).toEqual({ problem: 'precision', digits: 0 });
    expect(parseMajorAmount('-5', 'usd')).toMatchObject({ problem: 'invalid' });
    expect(parseMajorAmount('5 dollars', 'usd')).toMatchObject({ problem: 'invalid' });
    expect(parseMajorAmount('1e3', 'usd')).toMatchObject({ problem: 'invalid' });
  });
});

describe('composeCheckoutUrl', () => {
  it('adds each filled-in parameter to the link, encoded, in a stable order', () => {
    const link = makeCheckoutLink({ products: [tipJar] });
    const { url, errors } = compose(
      { customer_email: 'ada@example.com', customer_name: 'Ada Lovelace & co', utm_source: 'newsletter', theme: 'dark', locale: 'de' },
      link,
    );
    expect(errors).toEqual({});
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(link.url);
    expect([...parsed.searchParams]).toEqual([
      ['customer_email', 'ada@example.com'],
      ['customer_name', 'Ada Lovelace & co'],
      ['locale', 'de'],
      ['theme', 'dark'],
      ['utm_source', 'newsletter'],
    ]);
  });

  it('leaves the URL as it is when nothing is filled in', () => {
    const link = makeCheckoutLink({ products: [tipJar] });
    expect(compose({}, link).url).toBe(link.url);
  });

  it('sends a pay-what-you-want amount in minor units, within the price range', () => {
    expect(new URL(compose({ amount: '12.50' }).url).searchParams.get('amount')).toBe('1250');
    expect(compose({ amount: '0.50' }).errors.amount).toBe('Enter at least $1.');
    expect(compose({ amount: '1000.01' }).errors.amount).toBe('Enter at most $1,000.');
    expect(compose({ amount: '1000' }).errors.amount).toBeUndefined();
    expect(compose({ amount: '3.999' }).errors.amount).toBe('Use at most 2 decimals.');
    expect(compose({ amount: 'ten' }).errors.amount).toBe('Enter an amount such as 12.50.');
    expect(new URL(compose({ amount: 'ten' }).url).searchParams.has('amount')).toBe(false);
  });

  it('knows which product an amount is for when the link sells several', () => {
    const second = makeProduct({ name: 'Donation', prices: [makeCustomPrice({ minimum_amount: 500, maximum_amount: null, price_currency: 'eur' })] });
    const link = makeCheckoutLink({ products: [starterKit, tipJar, second] });
    expect(compose({ amount: '5' }, link).errors.amount).toBe(defaultMessages.share.composerErrors.amountNeedsProduct);
    expect(compose({ amount: '5', product_id: starterKit.id }, link).errors.amount).toBe(defaultMessages.share.composerErrors.amountNotCustom);
    const forDonation = compose({ amount: '4', product_id: second.id }, link);
    expect(forDonation.errors.amount).toBe('Enter at least €5.');
    const valid = new URL(compose({ amount: '7.5', product_id: second.id }, link).url).searchParams;
    expect(valid.get('product_id')).toBe(second.id);
    expect(valid.get('amount')).toBe('750');
  });

  it('finds the only pay-what-you-want product of a link without a chosen product', () => {
    const link = makeCheckoutLink({ products: [starterKit, tipJar] });
    expect(new URL(compose({ amount: '2' }, link).url).searchParams.get('amount')).toBe('200');
  });

  it('checks emails, discount codes and language tags, and leaves bad values out', () => {
    const result = compose({ customer_email: 'ada@', discount_code: 'X!', locale: 'not a locale', reference_id: 'order-42' });
    expect(result.errors).toEqual({
      customer_email: messages.composerErrors.emailInvalid,
      discount_code: messages.composerErrors.discountCodeInvalid(3, 256),
      locale: messages.composerErrors.localeInvalid,
    });
    expect([...new URL(result.url).searchParams]).toEqual([['reference_id', 'order-42']]);
    expect(compose({ discount_code: 'LAUNCH20', customer_email: 'a.b@mail.example.org' }).errors).toEqual({});
    expect(compose({ discount_code: 'AB' }).errors.discount_code).toBeDefined();
  });

  it('formats range errors in the provider locale', () => {
    const link = makeCheckoutLink({ products: [tipJar] });
    const result = composeCheckoutUrl(link, { ...emptyCheckoutQuery, amount: '0,5' }, messages, 'de-DE');
    expect(result.errors.amount).toBe('Enter at least 1\u00a0$.');
  });
});
