import {
  METADATA_KEY_MAX_LENGTH,
  METADATA_MAX_PAIRS,
  METADATA_VALUE_MAX_LENGTH,
  SEATS_MAX,
  SEATS_MIN,
  TRIAL_COUNT_MAX,
  TRIAL_COUNT_MIN,
  URL_MAX_LENGTH,
  INVALID_CHARACTERS_MESSAGE,
  checkoutLinkCreateSchema,
  codePointLength,
  type CheckoutLinkCreate,
  type Discount,
  type Metadata,
  type Product,
} from '../contract';
import type { CheckoutLinksMessages } from '../messages';
import { formCreateBody, metadataFromRows, numberOrText } from './checkoutLinkFormBody';
import { discountApplicability, knownProducts, type CheckoutLinkFormAvailability } from './checkoutLinkFormRules';
import {
  isScalarField,
  metadataFieldName,
  parseMetadataField,
  type CheckoutLinkFormFieldName,
  type CheckoutLinkFormValues,
} from './checkoutLinkFormValues';

/** Everything the validation of the values needs besides them. */
export interface FormValidationContext {
  availability: CheckoutLinkFormAvailability;
  catalog: Readonly<Record<string, Product>>;
  discounts: Readonly<Record<string, Discount>>;
  messages: CheckoutLinksMessages;
  locale: string;
}

/** The values checked as Polar's server would, plus the rules only the builder knows. */
export interface FormValidation {
  /** The first problem of each field, whether shown yet or not. */
  fieldErrors: Partial<Record<CheckoutLinkFormFieldName, string>>;
  /** Problems that concern no field. */
  formErrors: string[];
  /** The create body, when the values are valid. */
  body: CheckoutLinkCreate | null;
  /** The metadata the rows make. */
  metadata: Metadata;
}

type PathSegment = string | number;

/**
 * The segments of a dotted error path as the client reports them (`products.0`, `metadata.plan`),
 * without the `body` prefix and the variant name Polar's 422s may carry.
 */
export function errorPathSegments(path: string): PathSegment[] {
  const segments = path.split('.');
  if (segments[0] === 'body') segments.shift();
  if (segments[0]?.startsWith('CheckoutLink')) segments.shift();
  return segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Whether the contract refuses `key` itself (so its error belongs to the key's field, not the value's). */
function isBadMetadataKey(key: string): boolean {
  const length = codePointLength(key);
  return length < 1 || length > METADATA_KEY_MAX_LENGTH || key.includes('\u0000');
}

/** The form field an error path of the body concerns, or `null` for a path the form has no field for. */
export function fieldForErrorPath(
  path: readonly PathSegment[],
  values: CheckoutLinkFormValues,
  rowIdByKey: ReadonlyMap<string, string>,
): CheckoutLinkFormFieldName | null {
  const [head, ...rest] = path;
  if (head === 'products') {
    const productId = typeof rest[0] === 'number' ? values.products[rest[0]] : undefined;
    return productId ? `products.${productId}` : 'products';
  }
  if (head === 'product_id') return 'products';
  if (head === 'metadata') {
    if (rest.length === 0) return 'metadata';
    const key = rest.join('.');
    const rowId = rowIdByKey.get(key) ?? values.metadata.find((row) => row.key === key)?.id;
    if (!rowId) return 'metadata';
    return metadataFieldName(rowId, isBadMetadataKey(key) ? 'key' : 'value');
  }
  return typeof head === 'string' && isScalarField(head) && rest.length === 0 ? head : null;
}

/** The contract rejected a count: out of range if it is a whole number, otherwise not one. */
function countMessage(value: string, rangeMessage: string, messages: CheckoutLinksMessages): string {
  const number = numberOrText(value);
  return typeof number === 'number' && Number.isInteger(number) ? rangeMessage : messages.builder.errors.wholeNumber;
}

/**
 * The builder's words for a problem the contract found at `field`. The contract decides that there
 * is a problem; the value tells which one, so the text comes from the messages.
 */
function messageForField(
  field: CheckoutLinkFormFieldName,
  values: CheckoutLinkFormValues,
  contractMessage: string,
  messages: CheckoutLinksMessages,
): string {
  const errors = messages.builder.errors;
  if (contractMessage === INVALID_CHARACTERS_MESSAGE) return errors.invalidCharacters;
  const urlMessage = (value: string, invalid: string) => (value.trim().length > URL_MAX_LENGTH ? errors.urlTooLong(URL_MAX_LENGTH) : invalid);
  switch (field) {
    case 'products':
      return errors.productsRequired;
    case 'product_price_id':
    case 'discount_id':
      return errors.invalidChoice;
    case 'success_url':
      return urlMessage(values.success_url, errors.successUrlInvalid);
    case 'return_url':
      return urlMessage(values.return_url, errors.returnUrlInvalid);
    case 'trial_interval':
      return values.trial_interval === '' ? errors.trialIntervalRequired : errors.invalidChoice;
    case 'trial_interval_count':
      return values.trial_interval_count.trim() === ''
        ? errors.trialIntervalCountRequired
        : countMessage(values.trial_interval_count, errors.trialIntervalCountOutOfRange(TRIAL_COUNT_MIN, TRIAL_COUNT_MAX), messages);
    case 'seats':
      return countMessage(values.seats, errors.seatsOutOfRange(SEATS_MIN, SEATS_MAX), messages);
    case 'metadata':
      return errors.metadataTooMany(METADATA_MAX_PAIRS);
  }
  if (field.startsWith('products.')) return errors.productInvalid;
  const metadataField = parseMetadataField(field);
  const row = metadataField && values.metadata.find((candidate) => candidate.id === metadataField.rowId);
  if (row && metadataField.part === 'key') {
    return row.key === '' ? errors.metadataKeyRequired : errors.metadataKeyTooLong(METADATA_KEY_MAX_LENGTH);
  }
  if (row && metadataField.part === 'value') {
    return row.value === '' ? errors.metadataValueRequired : errors.metadataValueTooLong(METADATA_VALUE_MAX_LENGTH);
  }
  return contractMessage;
}

function productNames(products: readonly Product[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(products.map((product) => product.name));
}

/** Checks the values with the contract's create schema, then the builder's own rules. */
export function validateCheckoutLinkForm(values: CheckoutLinkFormValues, context: FormValidationContext): FormValidation {
  const { availability, catalog, discounts, messages, locale } = context;
  const errors = messages.builder.errors;
  const { metadata, rowIdByKey, problems } = metadataFromRows(values.metadata);
  const fieldErrors: FormValidation['fieldErrors'] = {};
  const formErrors: string[] = [];
  const add = (field: CheckoutLinkFormFieldName, message: string) => {
    fieldErrors[field] ??= message;
  };

  const candidate = formCreateBody(values, metadata);
  const parsed = checkoutLinkCreateSchema.safeParse(candidate);
  for (const issue of parsed.error?.issues ?? []) {
    const field = fieldForErrorPath(issue.path as PathSegment[], values, rowIdByKey);
    if (field) add(field, messageForField(field, values, issue.message, messages));
    else formErrors.push(issue.message);
  }

  for (const problem of problems) {
    add(
      metadataFieldName(problem.rowId, problem.part),
      problem.problem === 'duplicate' ? errors.metadataKeyDuplicate(problem.key) : errors.metadataNumberInvalid,
    );
  }

  const seats = numberOrText(values.seats);
  const range = availability.seats;
  if (range && typeof seats === 'number' && Number.isInteger(seats) && (seats < range.min || seats > range.max)) {
    add('seats', errors.seatsOutOfRange(range.min, range.max));
  }

  const discount = values.discount_id ? discounts[values.discount_id] : undefined;
  if (discount) {
    const applicability = discountApplicability(discount, knownProducts(values.products, catalog));
    if (!applicability.applicable) add('discount_id', errors.discountNotForProducts(productNames(applicability.uncoveredProducts, locale)));
  }

  if (values.product_price_id && availability.priceChoices && !availability.priceChoices.some((price) => price.id === values.product_price_id)) {
    add('product_price_id', errors.invalidChoice);
  }

  const valid = parsed.success && Object.keys(fieldErrors).length === 0 && formErrors.length === 0;
  return { fieldErrors, formErrors, body: valid ? parsed.data : null, metadata };
}
