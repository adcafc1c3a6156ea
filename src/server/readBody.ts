import { ProxyRefusal, badRequest } from './ProxyRefusal';
import { withDeadline } from './deadline';

/**
 * The request body as text. Refused with 413 as soon as the declared `Content-Length` or the bytes
 * actually streamed pass `maxBytes`, and with 408 when it has not all arrived within `ms`. The bytes
 * go into one buffer, grown by doubling up to `maxBytes`, and are decoded once at the end.
 */
export async function readBody(request: Request, maxBytes: number, ms: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !/^\d+$/.test(declared)) throw badRequest('Content-Length must be one number.');
  if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  if (!reader) return '';
  let bytes = new Uint8Array(Math.min(Number(declared) || 1024, maxBytes));
  let size = 0;
  const read = async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (size + chunk.value.byteLength > maxBytes) throw tooLarge(maxBytes);
      bytes = append(bytes, size, chunk.value, maxBytes);
      size += chunk.value.byteLength;
    }
  };
  try {
    await withDeadline(read(), ms, () => new ProxyRefusal(408, 'RequestTimeout', `The body must arrive within ${ms / 1000} s.`));
  } catch (error) {
    void reader.cancel().catch(() => {});
    throw error instanceof ProxyRefusal ? error : badRequest('The request ended before its body.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, size));
  } catch {
    throw badRequest('The body could not be read as UTF-8 text.');
  }
}

export const tooLarge = (maxBytes: number): ProxyRefusal =>
  new ProxyRefusal(413, 'PayloadTooLarge', `The body can be at most ${maxBytes} bytes.`);

/** `bytes` with `chunk` written at `size`; when it is full, a copy grown by doubling, up to `maxBytes`. */
export function append(bytes: Uint8Array<ArrayBuffer>, size: number, chunk: Uint8Array, maxBytes: number): Uint8Array<ArrayBuffer> {
  if (size + chunk.byteLength > bytes.length) {
    const grown = new Uint8Array(Math.min(maxBytes, Math.max(size + chunk.byteLength, bytes.length * 2)));
    grown.set(bytes.subarray(0, size));
    bytes = grown;
  }
  bytes.set(chunk, size);
  return bytes;
}
