import type * as z from 'zod/mini';
import {
  LIST_LIMIT_MAX,
  checkoutLinkCreateProductPriceSchema,
  checkoutLinkCreateProductSchema,
  checkoutLinkCreateProductsSchema,
  checkoutLinkUpdateSchema,
  isUuid4,
  type CheckoutLink,
  type CheckoutLinkCreate,
  type CheckoutLinkUpdate,
  type Discount,
  type ListResource,
  type Product,
  type ProductPrice,
  type ProductPriceSeatBased,
} from '../contract';
import { toCheckoutLinkProduct } from './fixtures';

/*
 * Polar's business rules for checkout links, products and discounts, as pure functions. The
 * contract server (test/contract-server) and createMemoryClient both run on them, so an in-memory
 * Polar cannot answer differently from the HTTP one the contract tests check against the document.
 * Failures are the wire bodies Polar sends (FastAPI's 422 `detail` entries, 404 `ResourceNotFound`).
 */

// ---------------------------------------------------------------------------------------------
// Failures
// ---------------------------------------------------------------------------------------------

/** One entry of a FastAPI 422 body: where (`["body", "products", 0]`), what, and the value sent. */
export interface ValidationDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
}

/** A rejection as Polar sends it: a 422 (schema or business rule) or a 404. */
export type PolarFailure =
  | {
      status: 422;
      body: { error: 'RequestValidationError' | 'PolarRequestValidationError'; detail: ValidationDetail[] };
    }
  | { status: 404; body: { error: 'ResourceNotFound'; detail: string } };

/** The outcome of an operation: the response body, or Polar's failure. */
export type PolarOutcome<T> = { ok: true; status: 200 | 201 | 204; body: T } | ({ ok: false } & PolarFailure);

/** Request schema errors (pydantic's) and business-rule errors (Polar's own) carry different `error` names. */
export function validationFailure(detail: ValidationDetail[], source: 'schema' | 'rules' = 'rules'): PolarFailure {
  return {
    status: 422,
    body: { error: source === 'schema' ? 'RequestValidationError' : 'PolarRequestValidationError', detail },
  };
}

export function notFoundFailure(): PolarFailure {
  return { status: 404, body: { error: 'ResourceNotFound', detail: 'Not found' } };
}

/** The create body's variants, as Polar names them in `loc` (`["body", "CheckoutLinkCreateProducts", "success_url"]`). */
export const CREATE_VARIANT_NAMES = ['CheckoutLinkCreateProductPrice', 'CheckoutLinkCreateProduct', 'CheckoutLinkCreateProducts'] as const;

// ---------------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------------

type Checked<T> = { ok: true; value: T } | { ok: false; failure: PolarFailure };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

// Pydantic's error type names for the checks zod reports, so 422 bodies read like Polar's.
function pydanticType(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'missing' : `${issue.expected}_type`;
    case 'too_small':
      return issue.origin === 'string' ? 'string_too_short' : issue.origin === 'array' ? 'too_short' : 'greater_than_equal';
    case 'too_big':
      return issue.origin === 'string' ? 'string_too_long' : issue.origin === 'array' ? 'too_long' : 'less_than_equal';
    case 'invalid_value':
      return issue.values.length > 1 ? 'enum' : 'literal_error';
    default:
      return 'value_error';
  }
}

function detailFromIssues(issues: readonly z.core.$ZodIssue[], body: unknown, prefix: (string | number)[]): ValidationDetail[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const input = valueAt(body, path);
    return { loc: [...prefix, ...path], msg: issue.message, type: pydanticType(issue, input), input: input ?? body };
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const notAnObject = (body: unknown) =>
  validationFailure([{ loc: ['body'], msg: 'The body must be a JSON object.', type: 'model_attributes_type', input: body }], 'schema');

/**
 * Checks a create body against the contract schemas. As Polar's server does, the variant is chosen
 * by the product key the body carries, and its name appears in each error's `loc`.
 */
export function checkCreateBody(body: unknown): Checked<CheckoutLinkCreate> {
  if (!isPlainObject(body)) return { ok: false, failure: notAnObject(body) };
  const [schema, variant] =
    'products' in body
      ? [checkoutLinkCreateProductsSchema, CREATE_VARIANT_NAMES[2]]
      : 'product_id' in body
        ? [checkoutLinkCreateProductSchema, CREATE_VARIANT_NAMES[1]]
        : 'product_price_id' in body
          ? [checkoutLinkCreateProductPriceSchema, CREATE_VARIANT_NAMES[0]]
          : [checkoutLinkCreateProductsSchema, CREATE_VARIANT_NAMES[2]];
  const result = (schema as z.ZodMiniType<CheckoutLinkCreate>).safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, failure: validationFailure(detailFromIssues(result.error.issues, body, ['body', variant]), 'schema') };
}

/** Checks an update body against the contract schema. */
export function checkUpdateBody(body: unknown): Checked<CheckoutLinkUpdate> {
  if (!isPlainObject(body)) return { ok: false, failure: notAnObject(body) };
  const result = checkoutLinkUpdateSchema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, failure: validationFailure(detailFromIssues(result.error.issues, body, ['body']), 'schema') };
}

/** Polar's message for an id that is not a UUID v4, wherever it is sent. */
export const INVALID_ID_MESSAGE = 'Must be a valid ID (UUID v4).';

/** A path id that is not a UUID v4 is a 422 at `["path", "id"]`, before any lookup. */
export function checkPathId(id: string): PolarFailure | undefined {
  if (isUuid4(id)) return undefined;
  return validationFailure([{ loc: ['path', 'id'], msg: INVALID_ID_MESSAGE, type: 'uuid_parsing', input: id }], 'schema');
}

// ---------------------------------------------------------------------------------------------
// Checkout link rules
// ---------------------------------------------------------------------------------------------

/** What the rules read: the organization's products and discounts. */
export interface Inventory {
  products: readonly Product[];
  discounts: readonly Discount[];
}

function productProblem(product: Product | undefined): string | undefined {
  if (!product) return 'Product does not exist.';
  if (product.is_archived) return `${product.name} is archived and can no longer be sold.`;
  if (product.visibility === 'draft') return `${product.name} is a draft: publish it before selling it.`;
  return undefined;
}

function findPrice(inventory: Inventory, priceId: string): { price: ProductPrice; product: Product } | undefined {
  for (const product of inventory.products) {
    const price = product.prices.find((candidate) => candidate.id === priceId);
    if (price) return { price, product };
  }
  return undefined;
}

const findProduct = (inventory: Inventory, id: string) => inventory.products.find((product) => product.id === id);

/** The products a create body names, each checked (exists, not archived, not a draft). */
export function resolveCreateProducts(body: CheckoutLinkCreate, inventory: Inventory): Checked<Product[]> {
  const detail: ValidationDetail[] = [];
  const products: Product[] = [];
  const take = (product: Product | undefined, loc: (string | number)[], input: string, problem = productProblem(product)) => {
    if (problem) detail.push({ loc, msg: problem, type: 'value_error', input });
    else if (product) products.push(product);
  };
  if ('products' in body) {
    body.products.forEach((id, index) => take(findProduct(inventory, id), ['body', 'products', index], id));
  } else if ('product_id' in body) {
    take(findProduct(inventory, body.product_id), ['body', 'product_id'], body.product_id);
  } else {
    const found = findPrice(inventory, body.product_price_id);
    const problem = !found ? 'Price does not exist.' : found.price.is_archived ? 'This price is archived.' : undefined;
    take(found?.product, ['body', 'product_price_id'], body.product_price_id, problem ?? productProblem(found?.product));
  }
  return detail.length ? { ok: false, failure: validationFailure(detail) } : { ok: true, value: products };
}

/** The products an update body names, each checked like on create. */
export function resolveUpdateProducts(ids: readonly string[], inventory: Inventory): Checked<Product[]> {
  return resolveCreateProducts({ payment_processor: 'stripe', products: [...ids] }, inventory);
}

function seatRange(price: ProductPriceSeatBased): { min: number; max: number | null } {
  const { tiers, minimum_seats, maximum_seats } = price.seat_tiers;
  const last = tiers[tiers.length - 1];
  return { min: minimum_seats ?? tiers[0]?.min_seats ?? 1, max: maximum_seats !== undefined ? maximum_seats : (last?.max_seats ?? null) };
}

const isSeatPrice = (price: ProductPrice): price is ProductPriceSeatBased => price.amount_type === 'seat_based' && !price.is_archived;

/** The settings of a link the cross-field rules concern, after a create or an update. */
export interface LinkSettings {
  discount_id: string | null;
  seats: number | null;
  trial_interval: string | null;
  trial_interval_count: number | null;
}

/**
 * Rules across fields and the inventory: the discount exists and applies to every product; seats
 * only when every product is seat-based, within each product's tier range; a trial needs both its
 * interval and its count.
 */
export function checkLinkSettings(settings: LinkSettings, products: readonly Product[], inventory: Inventory): ValidationDetail[] {
  const detail: ValidationDetail[] = [];
  if (settings.discount_id !== null) {
    const discount = inventory.discounts.find((candidate) => candidate.id === settings.discount_id);
    const restrictedTo = discount?.products?.map((product) => product.id) ?? [];
    const uncovered = products.find((product) => restrictedTo.length > 0 && !restrictedTo.includes(product.id));
    const msg = !discount ? 'Discount does not exist.' : uncovered ? `This discount does not apply to ${uncovered.name}.` : undefined;
    if (msg) detail.push({ loc: ['body', 'discount_id'], msg, type: 'value_error', input: settings.discount_id });
  }
  if (settings.seats !== null) {
    const seats = settings.seats;
    for (const product of products) {
      const price = product.prices.find(isSeatPrice);
      const range = price && seatRange(price);
      const msg = !range
        ? `Seats apply only to seat-based products, and ${product.name} is not one.`
        : seats < range.min || (range.max !== null && seats > range.max)
          ? `${product.name} allows ${range.max === null ? `at least ${range.min}` : `${range.min} to ${range.max}`} seats.`
          : undefined;
      if (msg) {
        detail.push({ loc: ['body', 'seats'], msg, type: 'value_error', input: seats });
        break;
      }
    }
  }
  if ((settings.trial_interval === null) !== (settings.trial_interval_count === null)) {
    const missing = settings.trial_interval === null ? 'trial_interval' : 'trial_interval_count';
    const msg = missing === 'trial_interval' ? 'Choose the trial interval as well as its length.' : 'Enter the trial length as well as its interval.';
    detail.push({ loc: ['body', missing], msg, type: 'value_error', input: null });
  }
  return detail;
}

// ---------------------------------------------------------------------------------------------
// Stored links and their response shape
// ---------------------------------------------------------------------------------------------

/** A checkout link as the in-memory Polar keeps it: products by id, soft-deleted with `deleted_at`. */
export interface StoredLink extends Omit<CheckoutLink, 'products' | 'discount' | 'url' | 'product' | 'product_price'> {
  product_ids: string[];
  deleted_at: string | null;
}

export function storedLinkOf(link: CheckoutLink): StoredLink {
  const { products, discount: _discount, url: _url, product: _product, product_price: _price, ...fields } = link;
  return { ...fields, product_ids: products.map((product) => product.id), deleted_at: null };
}

/** Where a link opens a checkout: Polar's buy page, keyed by the link's client secret. */
export function checkoutLinkUrl(clientSecret: string): string {
  return `https://buy.polar.sh/${clientSecret}`;
}

/**
 * The link as Polar returns it (2026-10): products embedded with their public benefits, the
 * discount in its base shape (no product list).
 */
export function toCheckoutLink(stored: StoredLink, inventory: Inventory): CheckoutLink {
  const { product_ids, deleted_at: _deletedAt, ...fields } = stored;
  const discount = inventory.discounts.find((candidate) => candidate.id === stored.discount_id);
  const embeddedDiscount = discount ? (({ products: _products, ...base }: Discount) => base as Discount)(discount) : null;
  const products = product_ids.flatMap((id) => {
    const product = findProduct(inventory, id);
    return product ? [toCheckoutLinkProduct(product)] : [];
  });
  return { ...fields, url: checkoutLinkUrl(stored.client_secret), discount: embeddedDiscount, products };
}

// ---------------------------------------------------------------------------------------------
// Lists: filters, sorting, pagination
// ---------------------------------------------------------------------------------------------

type SortValue = string | number | boolean | null | undefined;

const fieldOf = (item: object, key: string) => (item as Record<string, unknown>)[key] as SortValue;

/** Every list's default order, as the document declares it. */
export const DEFAULT_SORTING = {
  checkoutLinks: ['created_at'],
  products: ['-created_at'],
  discounts: ['-created_at'],
} as const;

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  // PostgreSQL's order: NULLs after every value when ascending (and first when descending).
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : 1;
  return Number(a) - Number(b);
}

/** Sorts by each criterion in turn (`-key` descends); ties keep their stored order. */
export function sortItems<T>(items: readonly T[], sorting: readonly string[], valueOf: (item: T, key: string) => SortValue): T[] {
  const criteria = sorting.map((criterion) =>
    criterion.startsWith('-') ? { key: criterion.slice(1), direction: -1 } : { key: criterion, direction: 1 },
  );
  return items
    .map((item, index) => ({ item, index }))
    .sort((left, right) => {
      for (const { key, direction } of criteria) {
        const order = compareValues(valueOf(left.item, key), valueOf(right.item, key));
        if (order !== 0) return order * direction;
      }
      return left.index - right.index;
    })
    .map(({ item }) => item);
}

/** The page query every list takes. */
export interface PageQuery {
  page?: number;
  limit?: number;
  sorting?: readonly string[];
}

const DEFAULT_LIMIT = 10;

/** One page of `items`. Polar caps `limit` at 100 rather than rejecting it; `max_page` is 0 for no items. */
export function paginate<T>(items: readonly T[], { page = 1, limit = DEFAULT_LIMIT }: PageQuery): ListResource<T> {
  const size = Math.min(limit, LIST_LIMIT_MAX);
  return {
    items: items.slice((page - 1) * size, page * size),
    pagination: { total_count: items.length, max_page: Math.ceil(items.length / size) },
  };
}

/** Pydantic's wording for a value under a limit (`page=0`). */
export const greaterThanMessage = (limit: number) => `Input should be greater than ${limit}.`;

/** Pydantic's wording for a value outside an enum (`sorting=-price`). */
export const enumMessage = (allowed: readonly unknown[]) => `Input should be ${allowed.map((value) => `'${String(value)}'`).join(', ')}.`;

/** The query checks the document makes before a list runs: pages and limits from 1, known sort keys, UUID v4 filters. */
export function checkListQuery(
  listQuery: PageQuery,
  /** The endpoint's sorting values, `-` forms included (the contract's `*SortProperties`). */
  sortProperties: readonly string[],
  idFilters: readonly string[],
): PolarFailure | undefined {
  const query = listQuery as PageQuery & Record<string, unknown>;
  const detail: ValidationDetail[] = [];
  for (const key of ['page', 'limit'] as const) {
    const value = query[key];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      detail.push({ loc: ['query', key], msg: greaterThanMessage(0), type: 'greater_than', input: value });
    }
  }
  (query.sorting ?? []).forEach((criterion, index) => {
    if (!sortProperties.includes(criterion)) {
      detail.push({ loc: ['query', 'sorting', index], msg: enumMessage(sortProperties), type: 'enum', input: criterion });
    }
  });
  for (const key of idFilters) {
    idList(query[key]).forEach((id, index, all) => {
      if (!isUuid4(id)) {
        const loc = all.length > 1 ? ['query', key, index] : ['query', key];
        detail.push({ loc, msg: INVALID_ID_MESSAGE, type: 'uuid_parsing', input: id });
      }
    });
  }
  return detail.length ? validationFailure(detail, 'schema') : undefined;
}

/** A filter given as one id or several. */
export function idList(filter: unknown): string[] {
  if (filter === undefined || filter === null) return [];
  return (Array.isArray(filter) ? filter : [filter]).map(String);
}

const matchesIds = (filter: unknown, ...values: string[]) => {
  const ids = idList(filter);
  return ids.length === 0 || values.some((value) => ids.includes(value));
};

export interface CheckoutLinkFilters extends PageQuery {
  organization_id?: string | string[];
  product_id?: string | string[];
}

/** Live (not deleted) links matching the filters, sorted. */
export function selectLinks(links: readonly StoredLink[], query: CheckoutLinkFilters): StoredLink[] {
  const live = links.filter(
    (link) =>
      link.deleted_at === null &&
      matchesIds(query.organization_id, link.organization_id) &&
      matchesIds(query.product_id, ...link.product_ids),
  );
  return sortItems(live, query.sorting ?? DEFAULT_SORTING.checkoutLinks, fieldOf);
}

export interface ProductFilters extends PageQuery {
  id?: string | string[];
  organization_id?: string | string[];
  query?: string | null;
  is_archived?: boolean | null;
  is_recurring?: boolean | null;
  benefit_id?: string | string[];
  visibility?: readonly string[] | null;
}

function priceSortValue(product: Product, key: string): SortValue {
  const price = product.prices.find((candidate) => !candidate.is_archived);
  if (!price) return null;
  if (key === 'price_amount_type') return price.amount_type;
  if (price.amount_type === 'fixed') return fieldOf(price, 'price_amount');
  if (price.amount_type === 'custom') return fieldOf(price, 'minimum_amount') ?? 0;
  return null;
}

const containsText = (text: string | null | undefined, search: string | null | undefined) =>
  !search || (text ?? '').toLowerCase().includes(search.toLowerCase());

/** Products matching the filters (name search is case-insensitive), sorted. */
export function selectProducts(products: readonly Product[], query: ProductFilters): Product[] {
  const found = products.filter(
    (product) =>
      matchesIds(query.id, product.id) &&
      matchesIds(query.organization_id, product.organization_id) &&
      matchesIds(query.benefit_id, ...product.benefits.map((benefit) => benefit.id)) &&
      containsText(product.name, query.query) &&
      (query.is_archived == null || product.is_archived === query.is_archived) &&
      (query.is_recurring == null || product.is_recurring === query.is_recurring) &&
      (!query.visibility?.length || query.visibility.includes(product.visibility ?? 'public')),
  );
  return sortItems(found, query.sorting ?? DEFAULT_SORTING.products, (product, key) =>
    key.startsWith('price_') ? priceSortValue(product, key) : fieldOf(product, key),
  );
}

export interface DiscountFilters extends PageQuery {
  organization_id?: string | string[];
  query?: string | null;
}

/** Discounts matching the filters (name search is case-insensitive), sorted. */
export function selectDiscounts(discounts: readonly Discount[], query: DiscountFilters): Discount[] {
  const found = discounts.filter(
    (discount) => matchesIds(query.organization_id, discount.organization_id) && containsText(discount.name, query.query),
  );
  return sortItems(found, query.sorting ?? DEFAULT_SORTING.discounts, fieldOf);
}
