// Client bench (Node): sequential creates against a loopback server in a child process.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CheckoutLinkCreate } from '../src/contract';
import { makeCheckoutLink, makeProduct } from '../src/testing/fixtures';
import { clientCalls, timeRound, type ClientRound } from './clientCalls';

export type { ClientRound };

/** Creates per client in the warm-up round, which is not counted. */
const WARM_UP_CREATES = 500;

// The flag lets a new context reach V8's `gc`, which collects this whole process (npm runs the
// bench without --expose-gc).
setFlagsFromString('--expose-gc');
/** A full garbage collection of this process (the bench's driver, and the browser bench's server). */
export const collectGarbage = runInNewContext('gc') as () => void;

/**
 * A warm-up round, then `rounds` rounds of `creates` creates per client, each after a full garbage
 * collection (`collectGarbage`), so that no round pays for the garbage of the one before.
 * `round(creates)` runs one round (also used for the browser).
 */
export async function runRounds(
  rounds: number,
  creates: number,
  round: (creates: number) => Promise<ClientRound>,
  collectAllGarbage: () => Promise<void>,
): Promise<ClientRound[]> {
  await round(WARM_UP_CREATES);
  const results: ClientRound[] = [];
  for (let count = 0; count < rounds; count++) {
    await collectAllGarbage();
    results.push(await round(creates));
  }
  return results;
}

/** The Node rounds, against loopbackServer.mjs at `serverPath` (run with its own process and core). */
export async function benchClients({ serverPath, rounds, creates }: { serverPath: string; rounds: number; creates: number }): Promise<ClientRound[]> {
  const product = makeProduct();
  const link = makeCheckoutLink({ products: [product] });
  const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id] };
  const server = fork(serverPath, { stdio: 'inherit', execArgv: ['--expose-gc'] });
  server.send(link);
  const [{ port }] = (await once(server, 'message')) as [{ port: number }];
  const calls = clientCalls(`http://127.0.0.1:${port}`);
  const collectAllGarbage = async () => {
    server.send('gc');
    await once(server, 'message');
    collectGarbage();
  };
  try {
    return await runRounds(rounds, creates, (count) => timeRound(calls, body, link.id, count), collectAllGarbage);
  } finally {
    server.disconnect();
    await once(server, 'exit');
  }
}
