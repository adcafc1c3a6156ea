// Client bench (Node): sequential creates against a loopback server in a child process.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import type { CheckoutLinkCreate } from '../src/contract';
import { makeCheckoutLink, makeProduct } from '../src/testing/fixtures';
import { clientCalls, clientNames, timeCreates, type ClientName } from './clientCalls';

/** Creates per turn: the clients take turns in batches this size. */
export const BATCH = 100;

/** Milliseconds for one round's creates, per client. */
export type ClientRound = Record<ClientName, number>;

/**
 * Runs `rounds` rounds of `creates` sequential creates per client (after one warm-up round), the
 * clients taking turns every `BATCH` creates, each batch starting with the next client, so that a
 * neighbour's load on a shared machine falls on all of them alike. `serverPath`: loopbackServer.mjs.
 */
export async function benchClients({ serverPath, rounds, creates }: { serverPath: string; rounds: number; creates: number }): Promise<ClientRound[]> {
  const product = makeProduct();
  const link = makeCheckoutLink({ products: [product] });
  const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id] };
  const server = fork(serverPath, { stdio: 'inherit' });
  server.send(link);
  const [{ port }] = (await once(server, 'message')) as [{ port: number }];
  const calls = clientCalls(`http://127.0.0.1:${port}`);
  try {
    return await takeTurns(rounds, creates, (name, count) => timeCreates(calls[name], body, link.id, count));
  } finally {
    server.disconnect();
    await once(server, 'exit');
  }
}

/** The rounds of turns, with `time(name, count)` measuring one batch (also used for the browser). */
export async function takeTurns(rounds: number, creates: number, time: (name: ClientName, count: number) => Promise<number>): Promise<ClientRound[]> {
  const results: ClientRound[] = [];
  for (let round = -1; round < rounds; round++) {
    const ms = Object.fromEntries(clientNames.map((name) => [name, 0])) as ClientRound;
    for (let batch = 0; batch < creates / BATCH; batch++) {
      for (let turn = 0; turn < clientNames.length; turn++) {
        const name = clientNames[(batch + turn) % clientNames.length]!;
        ms[name] += await time(name, BATCH);
      }
    }
    if (round >= 0) results.push(ms);
  }
  return results;
}
