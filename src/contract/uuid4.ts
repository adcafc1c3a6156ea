const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Polar's `format: uuid4`: a UUID whose version nibble is 4. Its own module so `./server` can take it without zod. */
export function isUuid4(value: string): boolean {
  return UUID4.test(value);
}
