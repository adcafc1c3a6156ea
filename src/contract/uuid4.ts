/** Polar's `format: uuid4`: a UUID whose version nibble is 4 (any variant, as its document and server read it). */
export const UUID4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID v4 as Polar reads one. Its own module so `./server` can take it without zod. */
export function isUuid4(value: string): boolean {
  return UUID4_PATTERN.test(value);
}
