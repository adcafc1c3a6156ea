import type { ProxyRefusal } from './ProxyRefusal';

/** Settles as `work` does, or rejects with `late()` once `ms` have passed; the timer goes either way. */
export function withDeadline<T>(work: T | PromiseLike<T>, ms: number, late: () => ProxyRefusal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
