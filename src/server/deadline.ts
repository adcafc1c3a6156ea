import type { ProxyRefusal } from './ProxyRefusal';

// setTimeout fires at once for delays past 2^31 - 1 ms (about 24.8 days).
const MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * A duration option in milliseconds, checked when the handler is created: `undefined` takes the
 * default, anything but a finite number of seconds above 0 (and within what a timer can hold) throws
 * an error that names the option.
 */
export function secondsOption(owner: string, name: string, seconds: number | undefined, fallback: number): number {
  if (seconds === undefined) return fallback * 1000;
  if (typeof seconds !== 'number' || !(seconds > 0 && seconds <= MAX_SECONDS)) {
    throw new TypeError(`${owner}: ${name} must be a number of seconds above 0 and at most ${MAX_SECONDS}; got ${String(seconds)}.`);
  }
  return seconds * 1000;
}

/** Settles as `work` does, or rejects with `late()` once `ms` have passed; the timer goes either way. */
export function withDeadline<T>(work: T | PromiseLike<T>, ms: number, late: () => ProxyRefusal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
