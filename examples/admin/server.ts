// A merchant's admin app in one Node server: the page (Vite, in middleware mode), a demo sign-in,
// and the proxy route that adds the Polar token after checking the session.
//
//   npm run example                                   in front of the contract server (seeded catalogue)
//   POLAR_ACCESS_TOKEN=polar_oat_… POLAR_ENVIRONMENT=sandbox npm run example
//                                                     in front of Polar's sandbox
//   npm run example -- --port 0                       on a free port (default: $PORT or 5180)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPolarProxy, toNodeHandler, type PolarProxyOptions } from 'react-polar-checkout-links/server';
import { createServer as createViteServer } from 'vite';
import { startContractServer } from '../../test/contract-server/startContractServer';
import { createDemoSessions } from './demoSessions';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '5180' } } });

interface Upstream {
  options: Pick<PolarProxyOptions, 'accessToken' | 'environment' | 'baseUrl'>;
  description: string;
  stop(): Promise<void>;
}

/** Polar's sandbox when a token is given for it, else the contract server with its seeded catalogue. */
async function startUpstream(): Promise<Upstream> {
  const accessToken = process.env.POLAR_ACCESS_TOKEN;
  if (accessToken) {
    // The page creates and deletes links: never against a production organization.
    if (process.env.POLAR_ENVIRONMENT !== 'sandbox') {
      throw new Error('POLAR_ACCESS_TOKEN is set: set POLAR_ENVIRONMENT=sandbox too (this example creates and deletes links).');
    }
    return { options: { accessToken, environment: 'sandbox' }, description: 'Polar’s sandbox', stop: async () => {} };
  }
  const contract = await startContractServer();
  return {
    options: { accessToken: contract.accessToken, baseUrl: contract.url },
    description: `the contract server at ${contract.url} (seeded catalogue)`,
    stop: () => contract.stop(),
  };
}

const loginPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Sign in · Acme admin</title></head>
  <body>
    <main>
      <h1>Sign in</h1>
      <p>A demo: one button signs you in as the merchant.</p>
      <form method="post" action="/login"><button type="submit">Sign in as the demo merchant</button></form>
    </main>
  </body>
</html>`;

function redirect(res: ServerResponse, location: string, cookie: string) {
  res.writeHead(303, { location, 'set-cookie': cookie }).end();
}

const upstream = await startUpstream();
const sessions = createDemoSessions();
const httpServer = createServer();
const vite = await createViteServer({
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  server: { middlewareMode: true, ws: { server: httpServer } },
  appType: 'spa',
});
const polarProxy = toNodeHandler(
  createPolarProxy({
    ...upstream.options,
    // The host's own session check; without a session the proxy answers 401 and forwards nothing.
    authorize: (request) => sessions.isSignedIn(request.headers.get('cookie')),
  }),
);

httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/login') {
    if (req.method === 'POST') return redirect(res, '/', sessions.start());
    return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage);
  }
  if (path === '/logout' && req.method === 'POST') return redirect(res, '/login', sessions.end(req.headers.cookie));
  if (path === '/api/polar' || path.startsWith('/api/polar/')) return polarProxy(req, res);
  vite.middlewares(req, res);
});

await new Promise<void>((listening) => httpServer.listen(Number(values.port), '127.0.0.1', listening));
const { port } = httpServer.address() as AddressInfo;
console.log(`Merchant admin example: http://127.0.0.1:${port}/`);
console.error(`Polar requests go through /api/polar to ${upstream.description}. Stop with Ctrl+C.`);

async function stop() {
  httpServer.closeAllConnections();
  await Promise.all([new Promise((closed) => httpServer.close(closed)), vite.close(), upstream.stop()]);
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
