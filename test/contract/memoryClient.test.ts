// @vitest-environment node
import { createMemoryClient } from '../../src/testing/createMemoryClient';
import { describeContract } from './describeContract';

describeContract('createMemoryClient', () => {
  const client = createMemoryClient();
  return { client, reset: () => client.reset() };
});
