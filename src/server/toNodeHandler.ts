import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_MAX_BODY_BYTES } from './createPolarProxy';
import { ProxyRefusal, badRequest } from './ProxyRefusal';
import { tooLarge } from './readBody';

export interface NodeHandlerOptions {
  /** Largest request body read into memory, in bytes; raise it together with the proxy's `maxBodyBytes`. Default 64 KiB. */
  maxBodyBytes?: number;
}

/** A handler for `http.createServer` and Express (`app.all('/api/polar/*', handler)`). */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

// Headers that describe one connection, not the request; a fetch Request has no use for them.
const hopByHop = /^(connection|keep-alive|te|trailer|transfer-encoding|upgrade|proxy-.*|host|content-length)$/;

/**
 * Serves a fetch-standard handler (such as `createPolarProxy(...)`) on Node's `http` or Express.
 * Request targets that the URL parser would rewrite (dot segments, backslashes, absolute URIs) are
 * refused with 400 rather than silently normalised, bodies are read up to `maxBodyBytes` (413
 * beyond), and a failing handler answers 500 without details.
 */
export function toNodeHandler(
  handler: (request: Request) => Response | Promise<Response>,
  options: NodeHandlerOptions = {},
): NodeHandler {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    void serve(handler, req, res, maxBodyBytes).catch(() => res.destroy());
  };
}

async function serve(
  handler: (request: Request) => Response | Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  let request: Request;
  try {
    request = await toRequest(req, maxBodyBytes);
  } catch (error) {
    const refusal = error instanceof ProxyRefusal ? error : badRequest('The request could not be read.');
    // The unread rest of a refused body must not be taken for the next request on this connection.
    return writeResponse(refusal.toResponse(), res, true);
  }
  let response: Response;
  try {
    response = await handler(request);
  } catch {
    response = new ProxyRefusal(500, 'InternalServerError', 'The request could not be handled.').toResponse();
  }
  return writeResponse(response, res, false);
}

async function toRequest(req: IncomingMessage, maxBodyBytes: number): Promise<Request> {
  // Express strips its mount path from `url` and keeps the whole target in `originalUrl`.
  const target = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const method = req.method ?? 'GET';
  if (/^(CONNECT|TRACE|TRACK)$/.test(method)) {
    throw new ProxyRefusal(501, 'NotImplemented', `${method} is not supported.`);
  }
  const host = /^[\w.-]+(:\d+)?$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
  const url = new URL(target, `${'encrypted' in req.socket ? 'https' : 'http'}://${host}`);
  if (!target.startsWith('/') || url.pathname + url.search !== target) {
    throw badRequest('The request target must be a plain path, as the URL parser would leave it.');
  }

  const headers = new Headers();
  const connectionNamed = String(req.headers.connection ?? '').toLowerCase().split(/\s*,\s*/);
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (!hopByHop.test(name) && !connectionNamed.includes(name)) headers.append(name, req.rawHeaders[i + 1]!);
  }

  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (method === 'GET' || method === 'HEAD') {
    if (hasBody) throw badRequest(`${method} requests take no body.`);
    return new Request(url, { method, headers });
  }
  if (Number(req.headers['content-length']) > maxBodyBytes) throw tooLarge(maxBodyBytes);
  if (req.readableEnded) {
    throw new ProxyRefusal(500, 'InternalServerError', 'The body was already read: mount the proxy before any body parser.');
  }
  return new Request(url, { method, headers, body: await readNodeBody(req, maxBodyBytes) });
}

function readNodeBody(req: IncomingMessage, maxBodyBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      req.off('data', onData);
      reject(tooLarge(maxBodyBytes));
    };
    req.on('data', onData);
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('close', () => reject(badRequest('The request ended before its body.')));
  });
}

async function writeResponse(response: Response, res: ServerResponse, closeConnection: boolean): Promise<void> {
  const headers: string[] = closeConnection ? ['connection', 'close'] : [];
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.push(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) headers.push('set-cookie', cookie);
  res.writeHead(response.status, headers);
  const reader = response.body?.getReader();
  if (!reader) return void res.end();
  res.on('close', () => void reader.cancel().catch(() => {}));
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (!res.write(chunk.value)) {
      await waitForDrainOrClose(res);
    }
  }
  res.end();
}

/** Resolves when the socket can take more or has gone; removes both listeners either way. */
function waitForDrainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resume) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resume();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
