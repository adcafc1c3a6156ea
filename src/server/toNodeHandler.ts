import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ProxyRefusal, badRequest } from './ProxyRefusal';

export interface NodeHandlerOptions {
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
 * refused with 400 rather than silently normalised. The body is not read here: the handler gets it
 * as a stream, pulled from the socket only as it reads, so a request it refuses costs no buffering.
 * The requests of one connection are handled one after the other, and an answer of 400 or more, or
 * one sent before the body had arrived, ends the connection: nothing pipelined after it is handled.
 * A client that hangs up aborts `request.signal`. A failing handler answers 500 without details.
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}): NodeHandler {
  const { origin } = options;
  if (origin !== undefined && !/^https?:\/\/[^/?#@\s]+$/.test(origin)) {
    throw new TypeError(`toNodeHandler: origin must be an http(s) origin such as https://shop.example; got ${JSON.stringify(origin)}.`);
  }
  const turns = new WeakMap<Socket, Promise<void>>();
  const ended = new WeakSet<Socket>();
  return (req, res) => {
    const { socket } = req;
    const turn = (turns.get(socket) ?? Promise.resolve())
      .then(() => (ended.has(socket) ? void socket.destroy() : serve(handler, req, res, origin, ended)))
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
  origin: string | undefined,
  ended: WeakSet<Socket>,
): Promise<void> {
  const hangUp = new AbortController();
  res.on('close', () => res.writableFinished || hangUp.abort());
  let response: Response;
  try {
    response = await handler(toRequest(req, origin, hangUp.signal));
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

function toRequest(req: IncomingMessage, origin: string | undefined, signal: AbortSignal): Request {
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

  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody) return new Request(url, { method, headers, signal });
  if (method === 'GET' || method === 'HEAD') throw badRequest(`${method} requests take no body.`);
  if (req.readableEnded) {
    throw new ProxyRefusal(500, 'InternalServerError', 'The body was already read: mount the proxy before any body parser.');
  }
  return new Request(url, { method, headers, signal, body: bodyStream(req), duplex: 'half' } as RequestInit);
}

/**
 * The body of `req` as a stream that reads from it only when pulled: nothing is taken off the
 * socket for a handler that never reads, and each read takes what Node has gathered so far.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | undefined;
  return new ReadableStream(
    {
      async pull(controller) {
        const { done, value } = await (chunks ??= req[Symbol.asyncIterator]()).next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
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
