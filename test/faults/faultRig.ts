import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetchClient, type PolarClient } from '../../src/client';
import { createPolarProxy, toNodeHandler } from '../../src/server';
import { startContractProcess, type ContractProcess } from './contractProcess';
import { PROXY_TIMEOUT, type FaultRoute } from './faultCases';
import { startFaultyUpstream, type FaultyUpstream } from './faultyUpstream';


/** The contract server behind a faulty upstream, and the proxy in front of that. */
export interface FaultRig {
  contract: ContractProcess;
  upstream: FaultyUpstream;
  /** A `createFetchClient` that reaches the upstream by `route`, with this timeout in seconds. */
  client(route: FaultRoute, timeout: number): PolarClient;
  /** How many requests of `method` reached the upstream since `upstream.reached` was last emptied. */
  requestsOf(method: string): number;
  close(): Promise<void>;
}

/**
 * One request of each kind the suites send, so that the contract server has built its validators
 * before the first case, whose timing would otherwise include that. The create is refused (422):
 * no link is made.
 */
async function warmUp({ url, accessToken }: ContractProcess) {
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  await Promise.all([
    fetch(`${url}/v1/products/?is_archived=false`, { headers }).then((response) => response.arrayBuffer()),
    fetch(`${url}/v1/discounts/`, { headers }).then((response) => response.arrayBuffer()),
    fetch(`${url}/v1/checkout-links/`, { method: 'POST', headers, body: '{}' }).then((response) => response.arrayBuffer()),
  ]);
}

export async function startFaultRig(): Promise<FaultRig> {
  const contract = await startContractProcess();
  await warmUp(contract);
  const upstream = await startFaultyUpstream(contract.url);
  const proxy = createPolarProxy({ accessToken: contract.accessToken, baseUrl: upstream.url, timeout: PROXY_TIMEOUT, authorize: () => true });
  const proxyServer = createServer(toNodeHandler(proxy));
  await new Promise<void>((listening) => proxyServer.listen(0, '127.0.0.1', listening));
  const proxyUrl = `http://127.0.0.1:${(proxyServer.address() as AddressInfo).port}/api/polar`;

  return {
    contract,
    upstream,
    client: ({ key }, timeout) =>
      key === 'direct'
        ? createFetchClient({ baseUrl: upstream.url, headers: { authorization: `Bearer ${contract.accessToken}` }, timeout })
        : createFetchClient({ baseUrl: proxyUrl, timeout }),
    requestsOf: (method) => upstream.reached.filter((request) => request.method === method).length,
    async close() {
      proxyServer.closeAllConnections();
      await new Promise((closed) => proxyServer.close(closed));
      await upstream.close();
      await contract.stop();
    },
  };
}
