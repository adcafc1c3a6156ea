import type { PolarClient } from '../../src/client';
import { startContractServer } from '../contract-server/startContractServer';
import type { ContractTarget } from './describeContract';

/**
 * A contract target on a fresh contract server: `makeClient` builds the client under test for the
 * server's URL, with the server's token or, for the anonymous client, with none.
 */
export async function contractServerTarget(makeClient: (baseUrl: string, accessToken: string | undefined) => PolarClient): Promise<ContractTarget> {
  const server = await startContractServer();
  return {
    client: makeClient(server.url, server.accessToken),
    anonymous: makeClient(server.url, undefined),
    reset: () => server.reset(),
    stop: () => server.stop(),
  };
}
