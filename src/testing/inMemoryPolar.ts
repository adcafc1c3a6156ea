import {
  checkoutLinkSortProperties,
  discountSortProperties,
  productSortProperties,
  type CheckoutLink,
  type CheckoutLinkListQuery,
  type Discount,
  type DiscountListQuery,
  type ListResource,
  type Product,
  type ProductListQuery,
} from '../contract';
import { catalogue as seededCatalogue } from './catalogue';
import {
  checkCreateBody,
  checkLinkSettings,
  checkListQuery,
  checkPathId,
  checkUpdateBody,
  notFoundFailure,
  paginate,
  resolveCreateProducts,
  resolveUpdateProducts,
  selectDiscounts,
  selectLinks,
  selectProducts,
  storedLinkOf,
  toCheckoutLink,
  validationFailure,
  type Inventory,
  type LinkSettings,
  type PolarFailure,
  type PolarOutcome,
  type StoredLink,
} from './rules';

/** What an in-memory Polar starts with; each list defaults to the seeded catalogue's. */
export interface InMemoryPolarSeed {
  products?: readonly Product[];
  discounts?: readonly Discount[];
  links?: readonly CheckoutLink[];
  /** The clock for `created_at` / `modified_at` (default: the real one). */
  now?: () => Date;
}

/**
 * Polar's checkout-link, product and discount operations over data kept in memory, answering with
 * the bodies and failures Polar sends. Request bodies are taken as `unknown`: they are checked here.
 */
export interface InMemoryPolar {
  checkoutLinks: {
    create(body: unknown): PolarOutcome<CheckoutLink>;
    list(query?: CheckoutLinkListQuery): PolarOutcome<ListResource<CheckoutLink>>;
    get(id: string): PolarOutcome<CheckoutLink>;
    update(id: string, body: unknown): PolarOutcome<CheckoutLink>;
    delete(id: string): PolarOutcome<undefined>;
  };
  products: {
    list(query?: ProductListQuery): PolarOutcome<ListResource<Product>>;
    get(id: string): PolarOutcome<Product>;
  };
  discounts: {
    list(query?: DiscountListQuery): PolarOutcome<ListResource<Discount>>;
    get(id: string): PolarOutcome<Discount>;
  };
  /** Back to the seed: created links gone, deleted and edited ones restored. */
  reset(): void;
}

const ok = <T>(body: T, status: 200 | 201 | 204 = 200): PolarOutcome<T> => ({ ok: true, status, body });
const fail = (failure: PolarFailure): PolarOutcome<never> => ({ ok: false, ...failure });

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  if (globalThis.crypto?.getRandomValues) return globalThis.crypto.getRandomValues(bytes);
  // Node 18 has no global Web Crypto; ids and secrets of an in-memory Polar need only look random.
  return bytes.map(() => Math.floor(Math.random() * 256));
}

/** A random UUID v4 (crypto.randomUUID needs a secure context; getRandomValues does not). */
function randomUuid4(): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A client secret shaped like Polar's (`polar_cl_` and 43 random characters). */
function randomClientSecret(): string {
  return `polar_cl_${Array.from(randomBytes(43), (byte) => SECRET_ALPHABET[byte % SECRET_ALPHABET.length]).join('')}`;
}

export function createInMemoryPolar(seed: InMemoryPolarSeed = {}): InMemoryPolar {
  const inventory: Inventory = {
    products: structuredClone(seed.products ?? seededCatalogue.products),
    discounts: structuredClone(seed.discounts ?? seededCatalogue.discounts),
  };
  const seedLinks = (seed.links ?? seededCatalogue.links).map(storedLinkOf);
  let links: StoredLink[] = structuredClone(seedLinks);
  const now = seed.now ?? (() => new Date());
  let lastTime = 0;

  // Strictly increasing timestamps, so links created in the same millisecond still sort by creation.
  function timestamp(): string {
    lastTime = Math.max(now().getTime(), lastTime + 1);
    return new Date(lastTime).toISOString();
  }

  function liveLink(id: string): StoredLink | PolarFailure {
    const invalid = checkPathId(id);
    if (invalid) return invalid;
    return links.find((link) => link.id === id && link.deleted_at === null) ?? notFoundFailure();
  }

  const isFailure = (value: StoredLink | PolarFailure): value is PolarFailure => 'status' in value;

  function linkProducts(link: StoredLink): Product[] {
    return link.product_ids.flatMap((id) => inventory.products.find((product) => product.id === id) ?? []);
  }

  function byId<T extends { id: string }>(items: readonly T[], id: string): PolarOutcome<T> {
    const invalid = checkPathId(id);
    if (invalid) return fail(invalid);
    const item = items.find((candidate) => candidate.id === id);
    return item ? ok(item) : fail(notFoundFailure());
  }

  return {
    checkoutLinks: {
      create(body) {
        const checked = checkCreateBody(body);
        if (!checked.ok) return fail(checked.failure);
        const resolved = resolveCreateProducts(checked.value, inventory);
        if (!resolved.ok) return fail(resolved.failure);
        const request = checked.value;
        const settings: LinkSettings = {
          discount_id: request.discount_id ?? null,
          seats: request.seats ?? null,
          trial_interval: request.trial_interval ?? null,
          trial_interval_count: request.trial_interval_count ?? null,
        };
        const detail = checkLinkSettings(settings, resolved.value, inventory);
        if (detail.length) return fail(validationFailure(detail));
        const link: StoredLink = {
          id: randomUuid4(),
          created_at: timestamp(),
          modified_at: null,
          metadata: request.metadata ?? {},
          payment_processor: 'stripe',
          client_secret: randomClientSecret(),
          success_url: request.success_url ?? null,
          return_url: request.return_url ?? null,
          label: request.label ?? null,
          allow_discount_codes: request.allow_discount_codes ?? true,
          require_billing_address: request.require_billing_address ?? false,
          ...settings,
          organization_id: resolved.value[0]?.organization_id ?? '',
          product_ids: resolved.value.map((product) => product.id),
          deleted_at: null,
        };
        links.push(link);
        return ok(toCheckoutLink(link, inventory), 201);
      },

      list(query = {}) {
        const invalid = checkListQuery(query, checkoutLinkSortProperties, ['organization_id', 'product_id']);
        if (invalid) return fail(invalid);
        const page = paginate(selectLinks(links, query), query);
        return ok({ ...page, items: page.items.map((link) => toCheckoutLink(link, inventory)) });
      },

      get(id) {
        const link = liveLink(id);
        return isFailure(link) ? fail(link) : ok(toCheckoutLink(link, inventory));
      },

      update(id, body) {
        const checked = checkUpdateBody(body);
        if (!checked.ok) return fail(checked.failure);
        const link = liveLink(id);
        if (isFailure(link)) return fail(link);
        const changes = checked.value;
        let products = linkProducts(link);
        if (changes.products) {
          const resolved = resolveUpdateProducts(changes.products, inventory);
          if (!resolved.ok) return fail(resolved.failure);
          products = resolved.value;
        }
        const settings: LinkSettings = {
          discount_id: changes.discount_id !== undefined ? changes.discount_id : link.discount_id,
          seats: changes.seats !== undefined ? changes.seats : (link.seats ?? null),
          trial_interval: changes.trial_interval !== undefined ? changes.trial_interval : (link.trial_interval ?? null),
          trial_interval_count:
            changes.trial_interval_count !== undefined ? changes.trial_interval_count : (link.trial_interval_count ?? null),
        };
        const detail = checkLinkSettings(settings, products, inventory);
        if (detail.length) return fail(validationFailure(detail));
        const { products: _products, allow_discount_codes, require_billing_address, ...fields } = changes;
        Object.assign(link, fields, settings, {
          product_ids: products.map((product) => product.id),
          // `null` leaves these booleans as they are: the columns cannot be empty.
          allow_discount_codes: allow_discount_codes ?? link.allow_discount_codes,
          require_billing_address: require_billing_address ?? link.require_billing_address,
          modified_at: timestamp(),
        });
        return ok(toCheckoutLink(link, inventory));
      },

      delete(id) {
        const link = liveLink(id);
        if (isFailure(link)) return fail(link);
        link.deleted_at = timestamp();
        return ok(undefined, 204);
      },
    },

    products: {
      list(query = {}) {
        const invalid = checkListQuery(query, productSortProperties, ['id', 'organization_id', 'benefit_id']);
        return invalid ? fail(invalid) : ok(paginate(selectProducts(inventory.products, query), query));
      },
      get: (id) => byId(inventory.products, id),
    },

    discounts: {
      list(query = {}) {
        const invalid = checkListQuery(query, discountSortProperties, ['organization_id']);
        return invalid ? fail(invalid) : ok(paginate(selectDiscounts(inventory.discounts, query), query));
      },
      get: (id) => byId(inventory.discounts, id),
    },

    reset() {
      links = structuredClone(seedLinks);
    },
  };
}
