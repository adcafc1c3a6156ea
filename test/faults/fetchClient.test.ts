// @vitest-environment node
// createFetchClient against a Polar that misbehaves (resets, stalls, 5xx, 429, unreadable bodies),
// called directly and through createPolarProxy: each fault reaches the caller as the PolarApiError
// it is, GETs are retried as specified and POSTs never, and the next create after it succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPolarApiError } from '../../src/client';
import { faultCases, faultRoutes, type Expected, type ExpectedError } from './faultCases';
import { startFaultRig, type FaultRig } from './faultRig';
import { createLinkBody } from './linkBody';

// Time a call may take beyond its timeout: the settling of the rejection, on a busy machine.
const SLACK_MS = 400;

let rig: FaultRig;
// Starting the contract server and the proxy takes seconds when the machine is busy.
beforeAll(async () => {
  rig = await startFaultRig();
}, 60_000);
afterAll(() => rig?.close());

interface Settled {
  error?: ExpectedError;
  ms: number;
}

/** How a call ended: the parts of its `PolarApiError` a UI reads, and how long it took. */
async function settle(call: () => Promise<unknown>): Promise<Settled> {
  const started = performance.now();
  try {
    await call();
    return { ms: performance.now() - started };
  } catch (caught) {
    const ms = performance.now() - started;
    const { kind, status, retryAfter, message } = toPolarApiError(caught);
    const error: ExpectedError = { kind, message };
    if (status !== undefined) error.status = status;
    if (retryAfter !== undefined) error.retryAfter = retryAfter;
    return { error, ms };
  }
}

const tally = { cases: 0, calls: 0, get: 0, post: 0, linksCreated: 0 };

describe.each(faultRoutes)('createFetchClient $name', (route) => {
  it.each(faultCases)('$name', async (faultCase) => {
    const expected: Expected = faultCase[route.key];
    const { contract, upstream, requestsOf } = rig;
    const client = rig.client(route, faultCase.timeout);
    const linksBefore = await contract.linkCount();
    upstream.reached.length = 0;
    upstream.inject(faultCase.fault, { method: 'GET', times: faultCase.times });
    upstream.inject(faultCase.fault, { method: 'POST', times: faultCase.times });

    const [get, post] = await Promise.all([
      settle(() => client.products.list({ is_archived: false })),
      settle(() => client.checkoutLinks.create(createLinkBody(`After ${faultCase.name}`))),
    ]);

    expect(get.error).toEqual(expected.get.error);
    expect(post.error).toEqual(expected.post.error);
    expect(requestsOf('GET')).toBe(expected.get.requests);
    expect(requestsOf('POST')).toBe(expected.post.requests);
    // Retries wait as long as Retry-After says, and no call outlasts its timeout.
    expect(get.ms).toBeGreaterThanOrEqual((expected.get.waits ?? 0) * 1000 - 50);
    for (const { ms } of [get, post]) expect(ms).toBeLessThan(faultCase.timeout * 1000 + SLACK_MS);
    expect(await contract.linkCount()).toBe(linksBefore);

    // Polar is back: the next create succeeds, sent once, with one link created.
    upstream.recover();
    upstream.reached.length = 0;
    const link = await client.checkoutLinks.create(createLinkBody(`After ${faultCase.name}`));
    expect(link).toMatchObject({ label: `After ${faultCase.name}`, url: expect.stringMatching(/^https:\/\//) });
    expect(upstream.reached).toEqual([{ method: 'POST', path: '/v1/checkout-links/' }]);
    expect(await contract.linkCount()).toBe(linksBefore + 1);

    tally.cases += 1;
    tally.calls += 2;
    tally.get += expected.get.requests;
    tally.post += expected.post.requests;
    tally.linksCreated += 1;
  });
});

afterAll(() => {
  console.log(
    `fault suite (createFetchClient): ${faultCases.length} faults × ${faultRoutes.length} routes = ${tally.cases} cases; ` +
      `${tally.calls} calls under fault sent ${tally.get} GET requests (retries included) and ${tally.post} POST requests (one per POST); ` +
      `${tally.linksCreated} recoveries, each creating exactly one link`,
  );
});
