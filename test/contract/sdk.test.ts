// @vitest-environment node
import { createPolar } from '@polar-sh/sdk/2026-10';
import { contractServerTarget } from './contractServerTarget';
import { describeContract } from './describeContract';

describeContract('@polar-sh/sdk and the contract server', () =>
  contractServerTarget((baseUrl, accessToken) => createPolar({ baseUrl, accessToken: accessToken ?? '' })),
  { overHttp: true },
);
