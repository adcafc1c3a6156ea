import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ProxyRefusal, badRequest } from './ProxyRefusal';
import { append, tooLarge } from './readBody';

export interface NodeHandlerOptions {
  /**
   * Largest request body held in memory, in bytes, while the handler decides and reads; beyond it
   * the body errors with 413. Keep it equal to the proxy's `maxBodyBytes`. Default 64 KiB.
   */
  maxBodyBytes?: number;
  /**
   * The origin `request.url` is built on, e.g. `https://shop.example`: what an `authorize` that
   * redirects with `new URL('/login', request.url)` sends the browser to. The `Host` header, which
   * the client chooses, is never used. Default: `http://localhost:<the server's port>` (`https` on TLS).
   */
  origin?: string;
}

/** A handler for `http.createServer` and Express (`app.all('/api/polar/*', handler)`). */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

type FetchHandler = (request: Request) => Response | Promise<Response>;

// Headers that describe one connection, not the request; a fetch Request has no use for them.
const hopByHop = /^(connection|keep-alive|te|trailer|transfer-encoding|upgrade|proxy-.*|host|content-length)$/;

/**
 * Serves a fetch-standard handler (such as `createPolarProxy(...)`) on Node's `http` or Express.
 * Request targets that the URL parser would rewrite (dot segments, backslashes, absolute URIs) are
 * refused with 400 rather than silently normalised. The handler gets the body as a stream it reads
 * once it has decided to; meanwhile at most `maxBodyBytes` of it are held, in one buffer.
 * The requests of one connection are handled one after the other, and an answer of 400 or more, or
 * one sent before the body had arrived, ends the connection: nothing pipelined after it is handled.
 * A client that hangs up aborts `request.signal`. A failing handler answers 500 without details.
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}): NodeHandler {
  const { origin, maxBodyBytes = 64 * 1024 } = options;
  if (origin !== undefined && !/^https?:\/\/[^/?#@\s]+$/.test(origin)) {
    throw new TypeError(`toNodeHandler: origin must be an http(s) origin such as https://shop.example; got ${JSON.stringify(origin)}.`);
  }
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new TypeError(`toNodeHandler: maxBodyBytes must be a whole number of bytes above 0; got ${String(maxBodyBytes)}.`);
  }
  const turns = new WeakMap<Socket, Promise<void>>();
  const ended = new WeakSet<Socket>();
  return (req, res) => {
    const { socket } = req;
    // Taken now, while Node is still parsing what arrived with the headers (see bodyStream).
    const body = hasBody(req) && !req.readableEnded ? bodyStream(req, maxBodyBytes) : undefined;
    const turn = (turns.get(socket) ?? Promise.resolve())
      .then(() => (ended.has(socket) ? void socket.destroy() : serve(handler, req, res, body, origin, ended)))
      .catch(() => {
        ended.add(socket);
        socket.destroy();
      });
    turns.set(socket, turn);
  };
}

async function serve(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  body: ReadableStream<Uint8Array> | undefined,
  origin: string | undefined,
  ended: WeakSet<Socket>,
): Promise<void> {
  const hangUp = new AbortController();
  res.on('close', () => res.writableFinished || hangUp.abort());
  let response: Response;
  try {
    response = await handler(toRequest(req, body, origin, hangUp.signal));
  } catch (error) {
    response = (
      error instanceof ProxyRefusal ? error : new ProxyRefusal(500, 'InternalServerError', 'The request could not be handled.')
    ).toResponse();
  }
  // The unread rest of a body must not be taken for the next request on this connection.
  const close = response.status >= 400 || !req.complete;
  if (close) ended.add(req.socket);
  return writeResponse(response, res, close);
}

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

function toRequest(
  req: IncomingMessage,
  body: ReadableStream<Uint8Array> | undefined,
  origin: string | undefined,
  signal: AbortSignal,
): Request {
  // Express strips its mount path from `url` and keeps the whole target in `originalUrl`.
  const target = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const method = req.method ?? 'GET';
  if (/^(CONNECT|TRACE|TRACK)$/.test(method)) {
    throw new ProxyRefusal(501, 'NotImplemented', `${method} is not supported.`);
  }
  const { localPort } = req.socket;
  const url = new URL(target, origin ?? `http${'encrypted' in req.socket ? 's' : ''}://localhost${localPort ? `:${localPort}` : ''}`);
  if (!target.startsWith('/') || url.pathname + url.search !== target) {
    throw badRequest('The request target must be a plain path, as the URL parser would leave it.');
  }

  const headers = new Headers();
  const connectionNamed = String(req.headers.connection ?? '').toLowerCase().split(/\s*,\s*/);
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (!hopByHop.test(name) && !connectionNamed.includes(name)) headers.append(name, req.rawHeaders[i + 1]!);
  }
  // The declared length stays visible to the handler, which refuses an oversized body before reading it.
  if (req.headers['content-length'] !== undefined) headers.set('content-length', req.headers['content-length']);

  if (!hasBody(req)) return new Request(url, { method, headers, signal });
  if (method === 'GET' || method === 'HEAD') throw badRequest(`${method} requests take no body.`);
  if (!body) throw new ProxyRefusal(500, 'InternalServerError', 'The body was already read: mount the proxy before any body parser.');
  return new Request(url, { method, headers, signal, body, duplex: 'half' } as RequestInit);
}

/**
 * The body of `req` as a stream the handler reads when it has decided to. Node hands each chunk of
 * the wire over as an object of its own, a few hundred bytes of heap for a one-byte chunk, and parses
 * a whole socket read at once, headers and body, whether or not anything reads the body. So the
 * bytes are drained from the start into one buffer, grown by doubling: at most `maxBytes` of heap
 * per request, whatever the chunking and however long the handler takes to decide. Past `maxBytes`
 * nothing more is kept and the stream errors with 413.
 */
function bodyStream(req: IncomingMessage, maxBytes: number): ReadableStream<Uint8Array> {
  let held = new Uint8Array(Math.min(Number(req.headers['content-length']) || 1024, maxBytes));
  let size = 0;
  let total = 0;
  let outcome: 'end' | ProxyRefusal | undefined;
  let wake = () => {};
  const settle = (result: 'end' | ProxyRefusal) => {
    outcome ??= result;
    wake();
  };
  req.on('data', (chunk: Buffer) => {
    total += chunk.byteLength;
    if (total > maxBytes) return settle(tooLarge(maxBytes));
    held = append(held, size, chunk, maxBytes);
    size += chunk.byteLength;
    wake();
  });
  req.on('end', () => settle('end'));
  req.on('close', () => settle(badRequest('The request ended before its body.')));
  return new ReadableStream(
    {
      async pull(controller) {
        while (!size && !outcome) await new Promise<void>((woken) => (wake = woken));
        if (size) {
          controller.enqueue(held.slice(0, size));
          size = 0;
        } else if (outcome === 'end') controller.close();
        else controller.error(outcome);
      },
    },
    { highWaterMark: 0 },
  );
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
