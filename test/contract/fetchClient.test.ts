// @vitest-environment node
import { createFetchClient } from '../../src/client';
import { contractServerTarget } from './contractServerTarget';
import { describeContract } from './describeContract';

describeContract('createFetchClient and the contract server', () =>
  contractServerTarget((baseUrl, accessToken) =>
    createFetchClient({ baseUrl, polarVersion: '2026-10', headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {} }),
  ),
  { overHttp: true },
);
