// Starts what a host runs behind its admin page, for the browser project: the contract server (an
// in-memory Polar that checks every request and answer against Polar's OpenAPI document) and, in
// front of it, the library's own `createPolarProxy` on Node, which adds the token. The browser
// talks to the proxy only, across origins, as a host's admin page on another port would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createPolarProxy, toNodeHandler } from '../../src/server';
import { startContractServer, type ContractServer } from '../contract-server/startContractServer';

/** What the browser tests get through `inject('polarBackend')`. */
export interface PolarBackend {
  /** The `baseUrl` for `createFetchClient` in the browser. */
  apiUrl: string;
  /** GET: the requests the contract server received, as JSON. */
  receivedUrl: string;
  /** POST: back to the seed, with nothing received. */
  resetUrl: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    polarBackend: PolarBackend;
  }
}

const PROXY_PREFIX = '/api/polar';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function backendServer(contract: ContractServer): Server {
  const proxy = toNodeHandler(createPolarProxy({ accessToken: contract.accessToken, baseUrl: contract.url, pathPrefix: PROXY_PREFIX, authorize: () => true }));
  return createServer((request, response) => {
    // The admin page is served from Vitest's origin: this backend allows it, as a host's CORS setup would.
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
    response.setHeader('Access-Control-Allow-Headers', 'content-type, polar-version');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
    } else if (request.url === '/test/received') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(contract.received));
    } else if (request.url === '/test/reset' && request.method === 'POST') {
      contract.reset();
      response.writeHead(204).end();
    } else {
      proxy(request, response);
    }
  });
}

export default async function setup(project: TestProject) {
  const contract = await startContractServer();
  const backend = backendServer(contract);
  const origin = await listen(backend);
  project.provide('polarBackend', { apiUrl: `${origin}${PROXY_PREFIX}`, receivedUrl: `${origin}/test/received`, resetUrl: `${origin}/test/reset` });
  return async () => {
    backend.closeAllConnections();
    await new Promise((resolve) => backend.close(resolve));
    await contract.stop();
  };
}
