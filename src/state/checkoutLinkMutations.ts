import type * as z from 'zod/mini';
import { PolarApiError, toPolarApiError, type PolarClient } from '../client';
import {
  checkoutLinkCreateSchema,
  checkoutLinkUpdateSchema,
  fieldErrorsFromIssues,
  type CheckoutLink,
  type CheckoutLinkCreate,
  type CheckoutLinkUpdate,
  type ListResource,
} from '../contract';
import { withLinkReplaced, withoutLink } from './checkoutLinkListEdits';
import { checkoutLinkChanges } from './checkoutLinkChanges';
import type { MutationFn } from './mutationObserver';
import { omitUndefined } from './omitUndefined';
import type { QueryCache } from './queryCache';
import { matchesQueryKey, type QueryKey } from './queryKey';
import { checkoutLinkKeys } from './queryKeys';

/**
 * Which link to update and the keys to change (`null` clears a field). Given the link itself, only
 * the keys of `changes` that differ from it are sent; given its id, `changes` is sent as is.
 */
export interface UpdateCheckoutLinkVariables {
  link: CheckoutLink | string;
  changes: CheckoutLinkUpdate;
}

/** A link created, updated or deleted through a provider (its `onChange`). */
export type CheckoutLinkChangeEvent =
  | { kind: 'created'; link: CheckoutLink }
  | { kind: 'updated'; link: CheckoutLink }
  | { kind: 'deleted'; id: string };

export type CheckoutLinkChangeListener = (event: CheckoutLinkChangeEvent) => void;

/** A body the contract rejects becomes the same error a 422 from Polar would. */
export function validationError(issues: readonly z.core.$ZodIssue[]): PolarApiError {
  const { fieldErrors, formErrors } = fieldErrorsFromIssues(issues);
  const fields = Object.keys(fieldErrors);
  const message = fields.length ? `Invalid checkout link: check ${fields.join(', ')}.` : `Invalid checkout link: ${formErrors.join(' ')}`;
  return new PolarApiError('validation', message, { fieldErrors, formErrors });
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toPolarApiError(error);
  }
}

/** Checks `body` with the contract (an invalid body sends nothing), then creates the link. Rejects with a `PolarApiError`. */
export async function createCheckoutLinkRequest(client: PolarClient, body: CheckoutLinkCreate, signal?: AbortSignal): Promise<CheckoutLink> {
  const parsed = checkoutLinkCreateSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return call(() => client.checkoutLinks.create(parsed.data, { signal }));
}

/** PATCHes what `variables` change (see `UpdateCheckoutLinkVariables`). Rejects with a `PolarApiError`. */
export async function updateCheckoutLinkRequest(
  client: PolarClient,
  { link, changes }: UpdateCheckoutLinkVariables,
  signal?: AbortSignal,
): Promise<CheckoutLink> {
  const id = typeof link === 'string' ? link : link.id;
  const parsed = checkoutLinkUpdateSchema.safeParse(typeof link === 'string' ? changes : checkoutLinkChanges(link, changes));
  if (!parsed.success) throw validationError(parsed.error.issues);
  return call(() => client.checkoutLinks.update(id, omitUndefined(parsed.data), { signal }));
}

/** Deletes a link and resolves with its id. Rejects with a `PolarApiError`. */
export async function deleteCheckoutLinkRequest(client: PolarClient, id: string, signal?: AbortSignal): Promise<string> {
  await call(() => client.checkoutLinks.delete(id, { signal }));
  return id;
}

/**
 * A changed link updates its own entry and every cached page that shows it at once (every table
 * and list of the provider agrees before any answer), then invalidates the lists (each observed
 * list fetches once, for links that moved in or out of its page), and is told to the host.
 */
function linkChanged(cache: QueryCache, onChange: CheckoutLinkChangeListener | undefined, event: CheckoutLinkChangeEvent): void {
  const isList = (key: QueryKey) => matchesQueryKey(checkoutLinkKeys.lists(), key);
  if (event.kind === 'deleted') {
    cache.updateData<ListResource<CheckoutLink>>(isList, (list) => withoutLink(list, event.id));
  } else {
    cache.setData(checkoutLinkKeys.detail(event.link.id), event.link);
    if (event.kind === 'updated') cache.updateData<ListResource<CheckoutLink>>(isList, (list) => withLinkReplaced(list, event.link));
  }
  cache.invalidate(isList);
  onChange?.(event);
}

export function createCheckoutLinkMutation(
  client: PolarClient,
  cache: QueryCache,
  onChange?: CheckoutLinkChangeListener,
): MutationFn<CheckoutLinkCreate, CheckoutLink> {
  return async (body, signal) => {
    const link = await createCheckoutLinkRequest(client, body, signal);
    linkChanged(cache, onChange, { kind: 'created', link });
    return link;
  };
}

export function updateCheckoutLinkMutation(
  client: PolarClient,
  cache: QueryCache,
  onChange?: CheckoutLinkChangeListener,
): MutationFn<UpdateCheckoutLinkVariables, CheckoutLink> {
  return async (variables, signal) => {
    const link = await updateCheckoutLinkRequest(client, variables, signal);
    linkChanged(cache, onChange, { kind: 'updated', link });
    return link;
  };
}

export function deleteCheckoutLinkMutation(
  client: PolarClient,
  cache: QueryCache,
  onChange?: CheckoutLinkChangeListener,
): MutationFn<string, string> {
  return async (id, signal) => {
    await deleteCheckoutLinkRequest(client, id, signal);
    linkChanged(cache, onChange, { kind: 'deleted', id });
    return id;
  };
}
