/** Headers on every answer of the proxy: JSON that no cache keeps and no browser sniffs into HTML. */
export const proxyHeaders = (): Record<string, string> => ({
  'content-type': 'application/json',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
});

/**
 * An answer the proxy gives itself instead of forwarding. Its body has Polar's error shape
 * (`{ error, detail }`), so `toPolarApiError` reads it as it reads Polar's own errors.
 */
export class ProxyRefusal {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
    /** The failure behind a 5xx, for the host's log only; never sent. */
    readonly cause?: unknown,
  ) {}

  toResponse(): Response {
    return new Response(JSON.stringify({ error: this.error, detail: this.detail }), {
      status: this.status,
      headers: { ...proxyHeaders(), ...this.headers },
    });
  }
}

export const badRequest = (detail: string): ProxyRefusal => new ProxyRefusal(400, 'BadRequest', detail);
