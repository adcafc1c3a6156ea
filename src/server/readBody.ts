import { ProxyRefusal, badRequest } from './ProxyRefusal';

export const tooLarge = (maxBytes: number): ProxyRefusal =>
  new ProxyRefusal(413, 'PayloadTooLarge', `The body can be at most ${maxBytes} bytes.`);

/**
 * The request body as text, refused with 413 as soon as the declared `Content-Length` or the
 * bytes actually streamed pass `maxBytes`, so a lying or absent length cannot make it buffer more.
 */
export async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !/^\d+$/.test(declared)) throw badRequest('Content-Length must be one number.');
  if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let size = 0;
  const reader = request.body?.getReader();
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    void reader?.cancel().catch(() => {});
    throw error instanceof ProxyRefusal ? error : badRequest('The body could not be read as UTF-8 text.');
  }
}
