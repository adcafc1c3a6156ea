// The proxy on node:http in a process of its own, for the memory-exhaustion attack (run with a small
// --max-old-space-size and --expose-gc). Its one argument is how many milliseconds authorize takes
// (a session store's round trip). Prints its port, then its heap every 50 ms; GET /stats answers how
// many times authorize ran and the heap's baseline and peak.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPolarProxy, toNodeHandler } from '../../src/server';

const authorizeMs = Number(process.argv[2] ?? 0);
let authorizeCalls = 0;
const proxy = toNodeHandler(
  createPolarProxy({
    accessToken: 'polar_oat_heap_target',
    // Nothing listens there: a merchant's request gets the proxy's 502, which shows it still serves.
    baseUrl: 'http://127.0.0.1:9',
    authorize: async (request) => {
      authorizeCalls += 1;
      if (authorizeMs) await new Promise((decided) => setTimeout(decided, authorizeMs));
      return request.headers.get('cookie') === 'session=merchant';
    },
  }),
);

(globalThis as { gc?: () => void }).gc?.();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  process.stdout.write(`heap ${peak - baseline}\n`);
}, 50);

const server = createServer((req, res) => {
  if (req.url === '/stats') return void res.end(JSON.stringify({ authorizeCalls, baseline, peak }));
  proxy(req, res);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`));
