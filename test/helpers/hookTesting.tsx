import type { ReactNode } from 'react';
import type { CallOptions, PolarClient, PolarOperation } from '../../src/client';
import { CheckoutLinksProvider, type CheckoutLinksProviderProps } from '../../src/hooks';

/** A `wrapper` for `render`/`renderHook` that puts the hooks under a provider of `client`. */
export function providerWrapper(client: PolarClient, props: Omit<CheckoutLinksProviderProps, 'client' | 'children'> = {}) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <CheckoutLinksProvider client={client} {...props}>
        {children}
      </CheckoutLinksProvider>
    );
  };
}

/** A call as the client received it, with the signal it was given. */
export interface ObservedCall {
  operation: PolarOperation;
  args: unknown[];
  signal: AbortSignal | undefined;
}

/**
 * The same client, recording each call's `AbortSignal` too (the memory client records arguments
 * only), so tests can tell which requests were aborted.
 */
export function observeCalls(client: PolarClient): { client: PolarClient; calls: ObservedCall[] } {
  const calls: ObservedCall[] = [];
  const observed = {} as Record<string, Record<string, unknown>>;
  for (const [group, operations] of Object.entries(client) as [keyof PolarClient, Record<string, unknown>][]) {
    if (typeof operations !== 'object' || operations === null) continue;
    observed[group] = {};
    for (const [name, operation] of Object.entries(operations)) {
      if (typeof operation !== 'function') continue;
      observed[group][name] = (...args: unknown[]) => {
        const options = args.at(-1) as CallOptions | undefined;
        calls.push({ operation: `${group}.${name}` as PolarOperation, args, signal: options?.signal });
        return (operation as (...rest: unknown[]) => unknown)(...args);
      };
    }
  }
  return { client: observed as unknown as PolarClient, calls };
}

/**
 * The same client, with one operation held back until `release()`: a request stays pending for
 * exactly as long as a test needs, however slow the machine.
 */
export function holdCalls<Group extends keyof PolarClient>(
  client: PolarClient,
  group: Group,
  operation: keyof PolarClient[Group] & string,
): { client: PolarClient; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const original = (client[group] as Record<string, (...args: unknown[]) => Promise<unknown>>)[operation]!;
  const held = { ...client[group], [operation]: (...args: unknown[]) => released.then(() => original(...args)) };
  return { client: { ...client, [group]: held }, release };
}
