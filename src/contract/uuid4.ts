/**
 * Polar's `format: uuid4`: a UUID whose version nibble is 4 (any variant, as its document and server
 * read it), in either case. No `i` flag: the pattern goes into JSON Schema, whose patterns have none.
 */
export const UUID4_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Whether `value` is a UUID v4 as Polar reads one. Its own module so `./server` can take it without zod. */
export function isUuid4(value: string): boolean {
  return UUID4_PATTERN.test(value);
}
