import fc from 'fast-check';

// Generators of request bodies for the parity test. Each field draws from a pool of values the
// document accepts (its limits included: 40-character keys, 50 pairs, 500-character values,
// 2083-character URLs, 1 and 10000 seats) and, less often, from a pool of values just past a limit,
// of the wrong kind, or of uncertain validity (random URLs). About half the bodies come out valid.

/** A field's value: usually from `valid`, once in `1 + validWeight` draws from `invalid`. */
const field = <V, I>(valid: fc.Arbitrary<V>, invalid: fc.Arbitrary<I>, validWeight = 14) =>
  fc.oneof({ arbitrary: valid, weight: validWeight }, { arbitrary: invalid, weight: 1 });

const repeat = (lengths: number[], units: string[]) =>
  fc.tuple(fc.constantFrom(...lengths), fc.constantFrom(...units)).map(([length, unit]) => unit.repeat(length));

/** One code point but two UTF-16 units: lengths are counted in code points. */
const ASTRAL = '😀';
const CHECKOUT_ID = '{CHECKOUT_ID}';

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

const uuid4 = fc.uuid({ version: 4 });

const notUuid4 = fc.oneof(
  fc.uuid({ version: [1, 3, 5, 7] }),
  uuid4.map((id) => id.replaceAll('-', '')),
  uuid4.map((id) => `${id}0`),
  uuid4.map((id) => ` ${id}`),
  uuid4.map((id) => `${id.slice(0, 10)}\u0000${id.slice(11)}`),
  fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'g1d2c3b4-a5f6-4789-8abc-def012345678'),
  fc.constantFrom<unknown>(42, null, true, [], {}),
);

/** A product, price or discount id: a UUID v4 (either case), now and then something else. */
export const id = field(fc.oneof({ arbitrary: uuid4, weight: 5 }, { arbitrary: uuid4.map((id) => id.toUpperCase()), weight: 1 }), notUuid4);

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

const validKey = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  repeat([1, 39, 40], ['k', 'é', ASTRAL]),
  fc.constantFrom('__proto__', 'constructor', 'toString', ' ', '0'),
);
const invalidKey = fc.oneof(
  repeat([0, 41, 42], ['k', 'é', ASTRAL]),
  fc.string({ unit: 'binary', minLength: 41, maxLength: 44 }),
  // Valid to the document, refused by Polar's server.
  fc.constantFrom('a\u0000b', '\u0000'),
);

const validValue = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  repeat([1, 499, 500], ['v', ASTRAL]),
  fc.integer(),
  fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, 2 ** 60),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.5, -2.25, 1e-7),
  fc.boolean(),
);
const invalidValue = fc.oneof(
  repeat([0, 501, 502], ['v', ASTRAL]),
  fc.constantFrom<unknown>(null, {}, { nested: 'x' }, [], ['a']),
  // Valid to the document, refused by Polar's server.
  fc.constantFrom('\u0000', 'pro\u0000', 'a\u0000b'),
);

const pairs = (count: { minKeys: number; maxKeys: number }) => fc.dictionary(validKey, validValue, count);

/** Metadata objects: up to 50 valid pairs, or one bad key, one bad value, 51–52 pairs, not an object. */
export const metadata = field(
  fc.oneof({ arbitrary: pairs({ minKeys: 0, maxKeys: 5 }), weight: 4 }, { arbitrary: pairs({ minKeys: 49, maxKeys: 50 }), weight: 1 }),
  fc.oneof(
    fc.tuple(pairs({ minKeys: 0, maxKeys: 3 }), invalidKey, validValue).map(([rest, key, value]) => ({ ...rest, [key]: value })),
    fc.tuple(pairs({ minKeys: 0, maxKeys: 3 }), validKey, invalidValue).map(([rest, key, value]) => ({ ...rest, [key]: value })),
    pairs({ minKeys: 51, maxKeys: 52 }),
    fc.constantFrom<unknown>(null, [], 'plan=pro', 1, [['plan', 'pro']]),
  ),
  10,
);

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

const validHost = fc.constantFrom(
  'example.com',
  'shop.example.co.uk',
  'localhost',
  '127.0.0.1',
  'xn--bcher-kva.example',
  'example.com:8080',
  'example.com:',
  'user:pw@example.com',
  '[::1]',
  '[2001:db8::7]:443',
  '[::ffff:192.0.2.1]',
  '[1:2:3:4:5:6:7:8]',
  'exa%41mple.com',
);
const validPath = fc.constantFrom('', '/', '/thanks', '/a/b/c.html', '/%E2%9C%93', "/it's;v=1,2", '/@me:x');
const validQuery = fc.constantFrom('', '?a=1&b=2', '?q=a/b?c', '?q=%20');
const validFragment = fc.constantFrom('', '#top', '#/route?x=1');
const withPlaceholder = fc.constantFrom('', '', `/done/${CHECKOUT_ID}`, `?checkout_id=${CHECKOUT_ID}`, `?${CHECKOUT_ID}=${CHECKOUT_ID}`, `#${CHECKOUT_ID}`);

const httpUrl = (placeholder: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://'), validHost, validPath, placeholder, validQuery, validFragment)
    .map(([scheme, host, path, checkoutId, query, fragment]) =>
      // The placeholder goes where it fits: in the path before any query, else after everything.
      checkoutId.startsWith('/') ? scheme + host + checkoutId + query + fragment : scheme + host + path + query + fragment + checkoutId,
    );

/** Exactly `length` characters, e.g. around the 2083 limit. */
const urlOfLength = (lengths: number[], placeholder: boolean) =>
  fc.constantFrom(...lengths).map((length) => {
    const start = 'https://example.com/';
    const end = placeholder ? `?checkout_id=${CHECKOUT_ID}` : '';
    return start + 'a'.repeat(length - start.length - end.length) + end;
  });

/** Parts mixed freely, valid ones among them: schemes other than http(s), broken hosts and escapes, NUL. */
const mixedUrl = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'ftp://', 'javascript:', 'mailto:', '', '//', 'https:/', 'https:', 'file:///'),
    fc.constantFrom(
      'example.com',
      '',
      ':443',
      'user@',
      'exa mple.com',
      'exämple.com',
      CHECKOUT_ID,
      `shop${CHECKOUT_ID}`,
      'example.com:port',
      'example.com:99999',
      '[v7.future]',
      '[1::2::3]',
      '[12345::]',
      '[::256.1.1.1]',
      '[1:2:3:4:5:6:7:8:9]',
      '[1.2.3.4::]',
      '[::1',
      'ex\u0000ample.com',
      'a@b@c',
      'exa%4mple.com',
    ),
    fc.oneof(
      fc.constantFrom('/a b', '/%zz', '/ü', '/x[1]', '/a|b', '/\u0000', '/a\\b', `/{CHECKOUT_ID`, '/{}', '//x', `/done/${CHECKOUT_ID}`),
      fc
        .string({ unit: fc.constantFrom('a', '/', '?', '#', '%', '2', 'F', '{', '}', '[', ':', '@', ' ', '\u0000', CHECKOUT_ID), maxLength: 10 })
        .map((tail) => `/${tail}`),
    ),
    fc.constantFrom('', `?checkout_id=${CHECKOUT_ID}`, '?q=<x>', `?id=${CHECKOUT_ID.slice(0, -1)}`, '?q=a b', '?q=%'),
    fc.constantFrom('', `#${CHECKOUT_ID}`, '#a#b', '#%zz', '# x'),
  )
  .map((parts) => parts.join(''));

const generatedUrl = fc.webUrl({
  validSchemes: ['http', 'https', 'ftp'],
  withQueryParameters: true,
  withFragments: true,
  authoritySettings: { withIPv4: true, withIPv6: true, withIPv4Extended: true, withUserInfo: true, withPort: true },
});

const notAUrl = fc.constantFrom<unknown>(
  '',
  ' ',
  'not a url',
  '/relative/path',
  'example.com/thanks',
  'javascript:alert(1)',
  'https://',
  'http:///path',
  'https://example.com/\u0000',
  42,
  true,
  {},
);

const uncertainUrl = fc.oneof(mixedUrl, generatedUrl, notAUrl, urlOfLength([2084, 2085], false), urlOfLength([2084], true));

/** `success_url`: http(s) URLs that may hold `{CHECKOUT_ID}` after the host. */
export const successUrl = field(
  fc.oneof({ arbitrary: httpUrl(withPlaceholder), weight: 8 }, { arbitrary: urlOfLength([46, 2082, 2083], true), weight: 1 }),
  uncertainUrl,
  9,
);

/** `return_url`: http(s) URLs; the placeholder is only for `success_url`. */
export const returnUrl = field(
  fc.oneof({ arbitrary: httpUrl(fc.constant('')), weight: 8 }, { arbitrary: urlOfLength([21, 2082, 2083], false), weight: 1 }),
  fc.oneof(uncertainUrl, httpUrl(withPlaceholder)),
  9,
);

// ---------------------------------------------------------------------------------------------
// Bounded numbers and the rest
// ---------------------------------------------------------------------------------------------

const boundedInteger = (min: number, max: number) =>
  field(
    fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, min + 1, max - 1, max, max * 1.0)),
    fc.constantFrom<unknown>(min - 1, max + 1, -1, 1.5, max + 0.5, 1e20, `${min}`, true, []),
    12,
  );

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 });

export const seats = nullable(boundedInteger(1, 10_000));
export const trialIntervalCount = nullable(boundedInteger(1, 1000));
export const trialInterval = nullable(field(fc.constantFrom('day', 'week', 'month', 'year'), fc.constantFrom<unknown>('hour', 'DAY', 'months', 1, '')));

const label = field(fc.string({ maxLength: 40 }), fc.constantFrom<unknown>(7, false, {}, '\u0000', 'Spring\u0000sale'));
const flag = field(fc.boolean(), fc.constantFrom<unknown>(null, 'true', 1));

export const paymentProcessor = field(fc.constant('stripe'), fc.constantFrom<unknown>(undefined, 'Stripe', 'paypal', '', null, 1));

export const products = field(fc.array(id, { minLength: 1, maxLength: 4 }), fc.constantFrom<unknown>([], null, 'not-a-list', {}));

/** Keys Polar does not know: the document lets them through and the server ignores them. */
const unknownKeys = fc.dictionary(
  fc.constantFrom('extra', 'unknownField', 'productId', 'successUrl', 'amount'),
  fc.jsonValue({ maxDepth: 1 }),
  { maxKeys: 2 },
);

/** A required key, missing now and then: `undefined` disappears in the JSON round trip. */
const required = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 30 });
/** A key from another variant, present now and then. */
const stray = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 10 });

const fieldsOf2025 = {
  metadata,
  label: nullable(label),
  allow_discount_codes: flag,
  discount_id: nullable(id),
  success_url: nullable(successUrl),
};

const fieldsOf2026 = {
  ...fieldsOf2025,
  require_billing_address: flag,
  return_url: nullable(returnUrl),
  trial_interval: trialInterval,
  trial_interval_count: trialIntervalCount,
  seats,
};

/** Trials come with both fields, or neither, or (one body in eight) only one of them. */
const trialKeysTogether = (body: Record<string, unknown>, keepOnlyOne: boolean, dropInterval: boolean) => {
  const hasOne = 'trial_interval' in body !== 'trial_interval_count' in body;
  if (!hasOne || keepOnlyOne) return body;
  const { trial_interval: _interval, trial_interval_count: _count, ...rest } = body;
  return dropInterval ? rest : { ...rest, trial_interval: 'month', trial_interval_count: 1 };
};

const objectBody = (required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(unknownKeys, fc.record(optional, { requiredKeys: [] }), fc.record(required), fc.nat(7), fc.boolean())
    .map(([unknown, optionalFields, requiredFields, oneIn8, dropInterval]) =>
      trialKeysTogether({ ...unknown, ...optionalFields, ...requiredFields }, oneIn8 === 0, dropInterval),
    );

/** Now and then not an object at all. */
const orNotAnObject = (body: fc.Arbitrary<Record<string, unknown>>) =>
  fc.oneof({ arbitrary: body, weight: 40 }, { arbitrary: fc.constantFrom<unknown>(null, [], 'body', 1), weight: 1 });

const createBody = (fields: Record<string, fc.Arbitrary<unknown>>, productKeys: Record<string, fc.Arbitrary<unknown>>) =>
  orNotAnObject(objectBody({ payment_processor: required(paymentProcessor), ...productKeys }, fields));

/** `CheckoutLinkCreateProducts` bodies; now and then with another variant's key as well. */
export const createProductsBody = createBody(fieldsOf2026, { products: required(products), product_id: stray(id) });
export const createProductBody = createBody(fieldsOf2026, { product_id: required(id), products: stray(products) });
export const createProductPriceBody = createBody(fieldsOf2026, { product_price_id: required(id), product_id: stray(id) });

/** Bodies for the `anyOf`: any mix of the three product keys, none included. */
export const createAnyBody = createBody(fieldsOf2026, {
  products: fc.option(products, { nil: undefined }),
  product_id: fc.option(id, { nil: undefined }),
  product_price_id: fc.option(id, { nil: undefined }),
});

/** The seed's body as the 2025 document defines it: only the fields that version knows. */
export const createProductPriceBodyOf2025 = createBody(fieldsOf2025, { product_price_id: required(id) });

export const updateBody = orNotAnObject(
  objectBody(
    {},
    {
      ...fieldsOf2026,
      products: nullable(products),
      allow_discount_codes: nullable(flag),
      require_billing_address: nullable(flag),
      payment_processor: paymentProcessor,
    },
  ),
);
