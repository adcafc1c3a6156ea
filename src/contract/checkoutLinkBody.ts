import * as z from 'zod/mini';
import { noNulCharacter } from './stringChecks';
import {
  metadataSchema,
  returnUrlSchema,
  successUrlSchema,
  trialIntervalSchema,
  uuid4Schema,
} from './primitives';

export const SEATS_MIN = 1;
export const SEATS_MAX = 10_000;
export const TRIAL_COUNT_MIN = 1;
export const TRIAL_COUNT_MAX = 1000;

/**
 * A whole number within bounds. `z.int` stops at its own issue, so a fraction is told only that it
 * is not whole, and an unsafe integer such as 1e20 (which `z.int` reports as too big) the bound's message.
 */
function wholeNumberBetween(subject: string, min: number, max: number) {
  const tooSmall = `${subject} must be at least ${min}.`;
  const tooBig = `${subject} can be at most ${max.toLocaleString('en-US')}.`;
  return z
    .int({
      error: (issue) => (issue.code === 'too_big' ? tooBig : issue.code === 'too_small' ? tooSmall : `${subject} must be a whole number.`),
      abort: true,
    })
    .check(z.gte(min, tooSmall), z.lte(max, tooBig));
}

const seatsSchema = wholeNumberBetween('Seats', SEATS_MIN, SEATS_MAX);
const trialCountSchema = wholeNumberBetween('The trial length', TRIAL_COUNT_MIN, TRIAL_COUNT_MAX);

const labelSchema = z.string('The label must be text.').check(noNulCharacter({ abort: true }));

/** Fields every create variant shares (the 2025 seed's fields plus those added by 2026-10). */
const createSharedShape = {
  payment_processor: z.literal('stripe', 'The payment processor must be "stripe".'),
  metadata: z.optional(metadataSchema),
  label: z.optional(z.nullable(labelSchema)),
  allow_discount_codes: z.optional(z.boolean('Must be true or false.')),
  require_billing_address: z.optional(z.boolean('Must be true or false.')),
  discount_id: z.optional(z.nullable(uuid4Schema)),
  success_url: z.optional(z.nullable(successUrlSchema)),
  return_url: z.optional(z.nullable(returnUrlSchema)),
  trial_interval: z.optional(z.nullable(trialIntervalSchema)),
  trial_interval_count: z.optional(z.nullable(trialCountSchema)),
  seats: z.optional(z.nullable(seatsSchema)),
};

interface TrialFields {
  trial_interval?: string | null;
  trial_interval_count?: number | null;
}

/** Polar's server rule: a trial needs both its interval and its count. */
const trialTogether = z.superRefine((body: TrialFields, ctx) => {
  const hasInterval = body.trial_interval != null;
  const hasCount = body.trial_interval_count != null;
  if (hasInterval && !hasCount) {
    ctx.issues.push({
      code: 'custom',
      input: body.trial_interval_count,
      path: ['trial_interval_count'],
      message: 'Enter the trial length as well as its interval.',
    });
  } else if (hasCount && !hasInterval) {
    ctx.issues.push({
      code: 'custom',
      input: body.trial_interval,
      path: ['trial_interval'],
      message: 'Choose the trial interval as well as its length.',
    });
  }
});

/** Deprecated by Polar but still accepted: a link for one specific price (the seed's body). */
export const checkoutLinkCreateProductPriceSchema = z
  .object({ ...createSharedShape, product_price_id: uuid4Schema })
  .check(trialTogether);

/** A link for one product (as in the seed's Go sample). */
export const checkoutLinkCreateProductSchema = z
  .object({ ...createSharedShape, product_id: uuid4Schema })
  .check(trialTogether);

/** A link for one or more products, in the order buyers see them. */
export const checkoutLinkCreateProductsSchema = z
  .object({
    ...createSharedShape,
    products: z.array(uuid4Schema, 'Select at least one product.').check(z.minLength(1, 'Select at least one product.')),
  })
  .check(trialTogether);

export type CheckoutLinkCreateProductPrice = z.infer<typeof checkoutLinkCreateProductPriceSchema>;
export type CheckoutLinkCreateProduct = z.infer<typeof checkoutLinkCreateProductSchema>;
export type CheckoutLinkCreateProducts = z.infer<typeof checkoutLinkCreateProductsSchema>;
/** The body of `POST /v1/checkout-links/`: one of the three variants. */
export type CheckoutLinkCreate = CheckoutLinkCreateProductPrice | CheckoutLinkCreateProduct | CheckoutLinkCreateProducts;

/** The variant whose errors a rejected body is shown: the one whose product key it carries. */
function variantFor(body: Record<string, unknown>) {
  if ('products' in body) return checkoutLinkCreateProductsSchema;
  if ('product_id' in body) return checkoutLinkCreateProductSchema;
  if ('product_price_id' in body) return checkoutLinkCreateProductPriceSchema;
  return checkoutLinkCreateProductsSchema;
}

/** Polar's `anyOf`, in its order: the first variant that accepts the body wins (unknown keys are dropped). */
const createVariants = z.union([checkoutLinkCreateProductPriceSchema, checkoutLinkCreateProductSchema, checkoutLinkCreateProductsSchema]);

/**
 * Stands before the union so that a rejected body gets the errors of one variant, the one whose
 * product key it carries, each at the path of its field, instead of the union's single issue
 * holding all three variants' errors.
 */
const oneVariantsErrors = z.transform((body: unknown, ctx) => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    ctx.issues.push({ code: 'custom', input: body, message: 'The body must be a JSON object.' });
    return z.NEVER;
  }
  const variant = variantFor(body as Record<string, unknown>);
  const result = variant.safeParse(body);
  if (result.success || createVariants.safeParse(body).success) return body;
  for (const issue of result.error.issues) {
    ctx.issues.push({ code: 'custom', input: body, path: issue.path, message: issue.message });
  }
  return z.NEVER;
});

/** The create body as Polar validates it: one of the three variants. */
export const checkoutLinkCreateSchema: z.ZodMiniType<CheckoutLinkCreate, unknown> = z.pipe(oneVariantsErrors, createVariants);

/** The body of `PATCH /v1/checkout-links/{id}`: only the keys to change; `null` clears a field. */
export const checkoutLinkUpdateSchema = z
  .object({
    metadata: z.optional(metadataSchema),
    products: z.optional(
      z.nullable(z.array(uuid4Schema).check(z.minLength(1, 'Select at least one product.'))),
    ),
    label: z.optional(z.nullable(labelSchema)),
    allow_discount_codes: z.optional(z.nullable(z.boolean('Must be true or false.'))),
    require_billing_address: z.optional(z.nullable(z.boolean('Must be true or false.'))),
    discount_id: z.optional(z.nullable(uuid4Schema)),
    success_url: z.optional(z.nullable(successUrlSchema)),
    return_url: z.optional(z.nullable(returnUrlSchema)),
    trial_interval: z.optional(z.nullable(trialIntervalSchema)),
    trial_interval_count: z.optional(z.nullable(trialCountSchema)),
    seats: z.optional(z.nullable(seatsSchema)),
  })
  .check(trialTogether);

export type CheckoutLinkUpdate = z.infer<typeof checkoutLinkUpdateSchema>;
