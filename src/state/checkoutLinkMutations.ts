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
import { isCheckoutLinkListKey, queryKeys } from './queryKeys';

/**
 * Which link to update and the keys to change (`null` clears a field). Given the link itself, only
 * the keys of `changes` that differ from it are sent; given its id, `changes` is sent as is.
 */
export interface UpdateCheckoutLinkVariables {
  link: CheckoutLink | string;
  changes: CheckoutLinkUpdate;
}

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

/**
 * A changed link updates its own entry and every cached page that shows it at once (every table
 * and list of the provider agrees before any answer), then invalidates the lists: each observed
 * list fetches once, for links that moved in or out of its page.
 */
function linkChanged(cache: QueryCache, change: { link: CheckoutLink } | { deletedId: string }): void {
  if ('link' in change) {
    cache.setData(queryKeys.checkoutLink(change.link.id), change.link);
    cache.updateData<ListResource<CheckoutLink>>(isCheckoutLinkListKey, (list) => withLinkReplaced(list, change.link));
  } else {
    cache.updateData<ListResource<CheckoutLink>>(isCheckoutLinkListKey, (list) => withoutLink(list, change.deletedId));
  }
  cache.invalidate(isCheckoutLinkListKey);
}

export function createCheckoutLinkMutation(client: PolarClient, cache: QueryCache): MutationFn<CheckoutLinkCreate, CheckoutLink> {
  return async (body, signal) => {
    const parsed = checkoutLinkCreateSchema.safeParse(body);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const link = await call(() => client.checkoutLinks.create(parsed.data, { signal }));
    linkChanged(cache, { link });
    return link;
  };
}

export function updateCheckoutLinkMutation(
  client: PolarClient,
  cache: QueryCache,
): MutationFn<UpdateCheckoutLinkVariables, CheckoutLink> {
  return async ({ link: target, changes: given }, signal) => {
    const id = typeof target === 'string' ? target : target.id;
    const changes = typeof target === 'string' ? given : checkoutLinkChanges(target, given);
    const parsed = checkoutLinkUpdateSchema.safeParse(changes);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const link = await call(() => client.checkoutLinks.update(id, omitUndefined(parsed.data), { signal }));
    linkChanged(cache, { link });
    return link;
  };
}

/** Resolves with the deleted link's id. */
export function deleteCheckoutLinkMutation(client: PolarClient, cache: QueryCache): MutationFn<string, string> {
  return async (id, signal) => {
    await call(() => client.checkoutLinks.delete(id, { signal }));
    linkChanged(cache, { deletedId: id });
    return id;
  };
}
