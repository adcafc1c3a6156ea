import type {
  CheckoutLink,
  CheckoutLinkCreate,
  CheckoutLinkListQuery,
  CheckoutLinkUpdate,
  Discount,
  DiscountListQuery,
  ListResource,
  Product,
  ProductListQuery,
} from '../contract';

/** Per-call options, as `@polar-sh/sdk` takes them. */
export interface CallOptions {
  /** Aborts the request; the promise rejects with a `PolarApiError` of kind `aborted`. */
  signal?: AbortSignal;
  /** Seconds before the request fails with kind `timeout`; overrides the client's default. */
  timeout?: number;
}

/**
 * The API client the host injects. The library never creates one on its own, so the host decides
 * how requests are authenticated. `createFetchClient`, `createMemoryClient` and the official
 * `createPolar()` from `@polar-sh/sdk/2026-10` all satisfy it. Failures may reject with anything;
 * the hooks convert them with `toPolarApiError`.
 */
export interface PolarClient {
  checkoutLinks: {
    create(body: CheckoutLinkCreate, options?: CallOptions): Promise<CheckoutLink>;
    list(query?: CheckoutLinkListQuery, options?: CallOptions): Promise<ListResource<CheckoutLink>>;
    get(id: string, options?: CallOptions): Promise<CheckoutLink>;
    update(id: string, body: CheckoutLinkUpdate, options?: CallOptions): Promise<CheckoutLink>;
    delete(id: string, options?: CallOptions): Promise<void>;
  };
  products: {
    list(query?: ProductListQuery, options?: CallOptions): Promise<ListResource<Product>>;
    get(id: string, options?: CallOptions): Promise<Product>;
  };
  discounts: {
    list(query?: DiscountListQuery, options?: CallOptions): Promise<ListResource<Discount>>;
    get(id: string, options?: CallOptions): Promise<Discount>;
  };
}

/** The nine operations a client (and the server proxy) can perform. */
export type PolarOperation =
  | 'checkoutLinks.create'
  | 'checkoutLinks.list'
  | 'checkoutLinks.get'
  | 'checkoutLinks.update'
  | 'checkoutLinks.delete'
  | 'products.list'
  | 'products.get'
  | 'discounts.list'
  | 'discounts.get';
