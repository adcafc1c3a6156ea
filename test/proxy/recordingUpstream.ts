import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it reached the upstream. */
export interface ReachedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the upstream answers; `stallMs` holds the answer back (to provoke timeouts). */
export interface UpstreamAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  stallMs?: number;
}

export interface RecordingUpstream {
  baseUrl: string;
  reached: ReachedRequest[];
  /** Sets the answer to the following requests; by default a JSON echo of what was received. */
  answer(next: ((request: ReachedRequest) => UpstreamAnswer) | undefined): void;
  close(): Promise<void>;
}

/** A Polar stand-in on 127.0.0.1 that records every request reaching it. */
export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const reached: ReachedRequest[] = [];
  let answerFor: ((request: ReachedRequest) => UpstreamAnswer) | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      reached.push(request);
      const { status = 200, headers = { 'content-type': 'application/json' }, body, stallMs = 0 } =
        answerFor?.(request) ?? {};
      const timer = setTimeout(() => {
        res.writeHead(status, headers);
        res.end(body ?? JSON.stringify({ method: request.method, url: request.url }));
      }, stallMs);
      res.on('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    reached,
    answer: (next) => void (answerFor = next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
