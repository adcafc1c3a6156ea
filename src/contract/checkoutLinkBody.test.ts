// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  checkoutLinkCreateProductPriceSchema,
  checkoutLinkCreateProductSchema,
  checkoutLinkCreateProductsSchema,
  checkoutLinkCreateSchema,
  checkoutLinkUpdateSchema,
} from './checkoutLinkBody';
import { fieldErrorsFromIssues } from './fieldErrors';

const PRODUCT = '0b9a3c8e-2f4d-4e6a-9b1c-7d8e9f0a1b2c';
const OTHER_PRODUCT = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const PRICE = '5f1e2d3c-4b5a-4697-a8b9-c0d1e2f3a4b5';
const V1_UUID = 'c232ab00-9414-11ec-b3c8-9f6bdeced846';

const body = (fields: Record<string, unknown> = {}) => ({ payment_processor: 'stripe', products: [PRODUCT], ...fields });

/** The errors a form gets for `value`: messages keyed by field path. */
function errorsOf(schema: z.ZodMiniType, value: unknown) {
  const { error } = schema.safeParse(value);
  return error ? fieldErrorsFromIssues(error.issues) : { fieldErrors: {}, formErrors: [] };
}
const createErrors = (value: unknown) => errorsOf(checkoutLinkCreateSchema, value);
const updateErrors = (value: unknown) => errorsOf(checkoutLinkUpdateSchema, value);
const only = (path: string, message: string) => ({ fieldErrors: { [path]: [message] }, formErrors: [] });
const none = { fieldErrors: {}, formErrors: [] };

const pairs = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`key${index}`, index]));

describe('metadata', () => {
  it('holds up to 50 pairs and says how many were given beyond', () => {
    expect(createErrors(body({ metadata: pairs(50) }))).toEqual(none);
    expect(createErrors(body({ metadata: pairs(51) }))).toEqual(only('metadata', 'At most 50 metadata pairs are allowed (51 given).'));
  });

  it('takes keys of 1 to 40 characters, counting an emoji once', () => {
    expect(createErrors(body({ metadata: { ['k'.repeat(40)]: 1, ['😀'.repeat(40)]: 2 } }))).toEqual(none);
    expect(createErrors(body({ metadata: { ['k'.repeat(41)]: 1 } }))).toEqual(
      only(`metadata.${'k'.repeat(41)}`, 'Keys can be at most 40 characters (41 given).'),
    );
  });

  it('refuses an empty key', () => {
    expect(checkoutLinkCreateProductsSchema.safeParse(body({ metadata: { '': 'x' } })).error?.issues).toMatchObject([
      { path: ['metadata', ''], message: 'Keys cannot be empty.' },
    ]);
  });

  it('takes text values of 1 to 500 characters', () => {
    expect(createErrors(body({ metadata: { note: 'v'.repeat(500), emoji: '😀'.repeat(500) } }))).toEqual(none);
    expect(createErrors(body({ metadata: { note: 'v'.repeat(501) } }))).toEqual(
      only('metadata.note', 'Text values can be at most 500 characters (501 given).'),
    );
    expect(createErrors(body({ metadata: { note: '' } }))).toEqual(only('metadata.note', 'Text values cannot be empty.'));
  });

  it('takes integers, floats and booleans, and nothing else', () => {
    expect(createErrors(body({ metadata: { seats: 3, ratio: 0.25, vip: false } }))).toEqual(none);
    for (const value of [null, {}, ['a']]) {
      expect(createErrors(body({ metadata: { plan: value } }))).toEqual(only('metadata.plan', 'Values must be text, a number or true/false.'));
    }
  });

  it('must be an object', () => {
    expect(createErrors(body({ metadata: [['plan', 'pro']] }))).toEqual(only('metadata', 'Metadata must be an object of key-value pairs.'));
  });

  it('checks a "__proto__" key like any other, and leaves it out of the parsed value as z.record does', () => {
    const withProtoKey = JSON.parse('{"__proto__": "checked", "plan": "pro"}');
    const parsed = checkoutLinkCreateProductsSchema.parse(body({ metadata: withProtoKey }));
    expect(Object.entries(parsed.metadata ?? {})).toEqual([['plan', 'pro']]);
    expect(Object.getPrototypeOf(parsed.metadata)).toBe(Object.prototype);
    expect(createErrors(body({ metadata: JSON.parse('{"__proto__": null}') }))).toEqual(
      only('metadata.__proto__', 'Values must be text, a number or true/false.'),
    );
  });
});

describe('success_url and return_url', () => {
  const atLength = (length: number) => `https://example.com/${'a'.repeat(length - 'https://example.com/'.length)}`;

  it('take absolute http(s) URLs up to 2083 characters', () => {
    expect(createErrors(body({ success_url: atLength(2083), return_url: 'http://localhost:3000/back' }))).toEqual(none);
    expect(createErrors(body({ success_url: atLength(2084) }))).toEqual(only('success_url', 'URLs can be at most 2083 characters (2084 given).'));
  });

  it('refuse an empty URL', () => {
    expect(createErrors(body({ return_url: '' }))).toEqual(only('return_url', 'Enter a URL.'));
  });

  it('refuse other schemes and relative URLs', () => {
    for (const url of ['ftp://example.com/file', 'javascript:alert(1)', '/thanks', 'example.com/thanks']) {
      expect(createErrors(body({ return_url: url }))).toEqual(only('return_url', 'Enter a full http(s) URL, e.g. https://example.com.'));
    }
  });

  it('accept {CHECKOUT_ID} after the host of success_url', () => {
    for (const url of ['https://example.com/thanks?checkout_id={CHECKOUT_ID}', 'https://example.com/orders/{CHECKOUT_ID}#{CHECKOUT_ID}']) {
      expect(createErrors(body({ success_url: url }))).toEqual(none);
    }
  });

  it('refuse {CHECKOUT_ID} in the host of success_url', () => {
    expect(createErrors(body({ success_url: 'https://{CHECKOUT_ID}.example.com/' }))).toEqual(
      only('success_url', 'Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id={CHECKOUT_ID}.'),
    );
  });

  it('refuse {CHECKOUT_ID} in return_url', () => {
    expect(createErrors(body({ return_url: 'https://example.com/back?checkout_id={CHECKOUT_ID}' }))).toEqual(
      only('return_url', '{CHECKOUT_ID} can only be used in the success URL.'),
    );
  });

  it('refuse spaces and control characters', () => {
    for (const url of ['https://example.com/a b', 'https://example.com/\u0007']) {
      expect(createErrors(body({ success_url: url }))).toEqual(only('success_url', 'URLs cannot contain spaces or control characters.'));
    }
  });

  it('refuse a port out of range', () => {
    expect(createErrors(body({ success_url: 'https://example.com:99999/' }))).toEqual(
      only('success_url', 'Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id={CHECKOUT_ID}.'),
    );
  });

  it('must be text', () => {
    expect(createErrors(body({ success_url: 42 }))).toEqual(only('success_url', 'Enter a URL as text.'));
  });
});

describe('ids', () => {
  it('are UUID v4s, in either case', () => {
    expect(createErrors(body({ products: [PRODUCT, OTHER_PRODUCT.toUpperCase()], discount_id: PRICE }))).toEqual(none);
  });

  it('refuse other UUID versions and garbage, at the id they concern', () => {
    expect(createErrors(body({ products: [PRODUCT, V1_UUID] }))).toEqual(only('products.1', 'Must be a valid ID (UUID v4).'));
    expect(createErrors(body({ discount_id: 'summer-sale' }))).toEqual(only('discount_id', 'Must be a valid ID (UUID v4).'));
    expect(createErrors({ payment_processor: 'stripe', product_id: PRODUCT.replaceAll('-', '') })).toEqual(
      only('product_id', 'Must be a valid ID (UUID v4).'),
    );
    expect(createErrors({ payment_processor: 'stripe', product_price_id: 42 })).toEqual(only('product_price_id', 'Must be a valid ID (UUID v4).'));
  });
});

describe('products', () => {
  it('needs at least one', () => {
    expect(createErrors(body({ products: [] }))).toEqual(only('products', 'Select at least one product.'));
  });

  it('is asked for when the body names no product at all', () => {
    expect(createErrors({ payment_processor: 'stripe' })).toEqual(only('products', 'Select at least one product.'));
  });
});

describe('payment_processor', () => {
  it('must be "stripe"', () => {
    expect(createErrors(body({ payment_processor: 'paypal' }))).toEqual(only('payment_processor', 'The payment processor must be "stripe".'));
    const { payment_processor: _, ...withoutProcessor } = body();
    expect(createErrors(withoutProcessor)).toEqual(only('payment_processor', 'The payment processor must be "stripe".'));
  });
});

describe('seats', () => {
  it('takes whole numbers from 1 to 10000', () => {
    expect(createErrors(body({ seats: 1 }))).toEqual(none);
    expect(createErrors(body({ seats: 10_000 }))).toEqual(none);
    expect(createErrors(body({ seats: 0 }))).toEqual(only('seats', 'Seats must be at least 1.'));
    expect(createErrors(body({ seats: 10_001 }))).toEqual(only('seats', 'Seats can be at most 10,000.'));
    expect(createErrors(body({ seats: 2.5 }))).toEqual(only('seats', 'Seats must be a whole number.'));
    expect(createErrors(body({ seats: 1e20 }))).toEqual(only('seats', 'Seats can be at most 10,000.'));
  });
});

describe('trial', () => {
  it('lasts 1 to 1000 intervals', () => {
    expect(createErrors(body({ trial_interval: 'day', trial_interval_count: 1 }))).toEqual(none);
    expect(createErrors(body({ trial_interval: 'year', trial_interval_count: 1000 }))).toEqual(none);
    expect(createErrors(body({ trial_interval: 'day', trial_interval_count: 0 }))).toEqual(
      only('trial_interval_count', 'The trial length must be at least 1.'),
    );
    expect(createErrors(body({ trial_interval: 'day', trial_interval_count: 1001 }))).toEqual(
      only('trial_interval_count', 'The trial length can be at most 1,000.'),
    );
  });

  it('needs its count with its interval', () => {
    expect(createErrors(body({ trial_interval: 'week' }))).toEqual(
      only('trial_interval_count', 'Enter the trial length as well as its interval.'),
    );
  });

  it('needs its interval with its count', () => {
    expect(updateErrors({ trial_interval: null, trial_interval_count: 14 })).toEqual(
      only('trial_interval', 'Choose the trial interval as well as its length.'),
    );
  });

  it('has day, week, month or year as its interval', () => {
    expect(createErrors(body({ trial_interval: 'hour', trial_interval_count: 2 }))).toEqual(
      only('trial_interval', 'Choose day, week, month or year.'),
    );
  });
});

describe('the create body', () => {
  it('is one of three variants, told apart by their product key', () => {
    expect(checkoutLinkCreateSchema.parse({ payment_processor: 'stripe', product_price_id: PRICE })).toEqual({
      payment_processor: 'stripe',
      product_price_id: PRICE,
    });
    expect(checkoutLinkCreateProductSchema.safeParse({ payment_processor: 'stripe', product_id: PRODUCT }).success).toBe(true);
    expect(checkoutLinkCreateProductPriceSchema.safeParse({ payment_processor: 'stripe', product_price_id: PRICE }).success).toBe(true);
  });

  it('drops keys Polar does not know', () => {
    expect(checkoutLinkCreateSchema.parse(body({ productId: PRODUCT }))).toEqual(body());
  });

  it('must be an object', () => {
    expect(createErrors(['stripe'])).toEqual({ fieldErrors: {}, formErrors: ['The body must be a JSON object.'] });
  });
});

describe('the update body', () => {
  it('clears a field with null', () => {
    const clearing = {
      products: null,
      label: null,
      allow_discount_codes: null,
      require_billing_address: null,
      discount_id: null,
      success_url: null,
      return_url: null,
      trial_interval: null,
      trial_interval_count: null,
      seats: null,
    };
    expect(checkoutLinkUpdateSchema.parse(clearing)).toEqual(clearing);
  });

  it('changes nothing when empty', () => {
    expect(checkoutLinkUpdateSchema.parse({})).toEqual({});
  });

  it('cannot clear metadata with null', () => {
    expect(updateErrors({ metadata: null })).toEqual(only('metadata', 'Metadata must be an object of key-value pairs.'));
  });

  it('cannot set an empty product list', () => {
    expect(updateErrors({ products: [] })).toEqual(only('products', 'Select at least one product.'));
  });

  it('says which flag is not a boolean', () => {
    expect(updateErrors({ allow_discount_codes: 'yes' })).toEqual(only('allow_discount_codes', 'Must be true or false.'));
  });
});

describe('NUL characters', () => {
  const INVALID = 'This value contains invalid characters';

  it('are refused in every string of a create body, at the field, with Polar’s message', () => {
    expect(createErrors(body({ label: 'Spring\u0000sale' }))).toEqual(only('label', INVALID));
    expect(createErrors(body({ metadata: { 'pl\u0000an': 'pro' } }))).toEqual(only('metadata.pl\u0000an', INVALID));
    expect(createErrors(body({ metadata: { plan: 'pro\u0000' } }))).toEqual(only('metadata.plan', INVALID));
    expect(createErrors(body({ success_url: 'https://example.com/\u0000' }))).toEqual(only('success_url', INVALID));
    expect(createErrors(body({ return_url: 'https://exa\u0000mple.com/' }))).toEqual(only('return_url', INVALID));
    expect(createErrors(body({ discount_id: `${PRICE.slice(0, 10)}\u0000${PRICE.slice(11)}` }))).toEqual(only('discount_id', INVALID));
    expect(createErrors(body({ products: [PRODUCT, `\u0000${OTHER_PRODUCT}`] }))).toEqual(only('products.1', INVALID));
  });

  it('are refused in an update body too', () => {
    expect(updateErrors({ label: '\u0000' })).toEqual(only('label', INVALID));
    expect(updateErrors({ metadata: { note: 'a\u0000b' } })).toEqual(only('metadata.note', INVALID));
  });
});
