import { createServer, request as forwardRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { URL } from 'node:url';

/**
 * One way Polar (or the network in front of it) misbehaves:
 * - `reset`: the TCP connection is reset (RST) before any answer;
 * - `close`: the connection is closed (FIN) without an answer;
 * - `stall`: no answer at all, until the client gives up;
 * - `answer`: this status, headers and body instead of Polar's answer.
 */
export type Fault =
  | { type: 'reset' }
  | { type: 'close' }
  | { type: 'stall' }
  | { type: 'answer'; status: number; headers: Record<string, string>; body: string };

/** A request as it reached the upstream. */
export interface ReachedRequest {
  method: string;
  path: string;
}

export interface FaultyUpstream {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request that reached the upstream, faulty or forwarded, in order. */
  reached: ReachedRequest[];
  /**
   * Answers the next `times` requests (all of them by default) of `method` (any by default) with
   * `fault` instead of forwarding them. Faults injected earlier take precedence.
   */
  inject(fault: Fault, options?: { method?: string; times?: number }): void;
  /** Forwards every request again. */
  recover(): void;
  close(): Promise<void>;
}

/**
 * A fault-injecting stand-in for Polar on 127.0.0.1, in front of a working one (the contract
 * server): while a fault is injected it misbehaves at the HTTP or TCP level, otherwise it forwards
 * each request unchanged and relays the answer.
 */
export async function startFaultyUpstream(target: string): Promise<FaultyUpstream> {
  const reached: ReachedRequest[] = [];
  let faults: { fault: Fault; method?: string; remaining: number }[] = [];

  function forward(req: IncomingMessage, res: ServerResponse) {
    const upstream = forwardRequest(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }

  function misbehave(current: Fault, req: IncomingMessage, res: ServerResponse) {
    switch (current.type) {
      case 'reset':
        return void req.socket.resetAndDestroy();
      case 'close':
        return void req.socket.destroy();
      case 'stall':
        // Read the body, so that the client's send completes, then never answer.
        return void req.resume();
      case 'answer':
        req.resume();
        res.writeHead(current.status, current.headers);
        return void res.end(current.body);
    }
  }

  const server = createServer((req, res) => {
    reached.push({ method: req.method ?? '', path: new URL(req.url ?? '/', 'http://upstream').pathname });
    const current = faults.find(({ method, remaining }) => remaining > 0 && (!method || method === req.method));
    if (current) {
      current.remaining -= 1;
      misbehave(current.fault, req, res);
    } else {
      forward(req, res);
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    reached,
    inject(fault, { method, times = Infinity } = {}) {
      faults.push({ fault, method, remaining: times });
    },
    recover() {
      faults = [];
    },
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
