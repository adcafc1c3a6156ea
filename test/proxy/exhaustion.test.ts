// @vitest-environment node
// The memory-exhaustion attack of issue 15, against the proxy in a child process with a 128 MB heap:
// 50 connections at once, no session, each a chunked upload of 65,000 one-byte chunks whose final
// chunk never comes; once with an authorize that answers at once, once with one that takes 200 ms.
// The proxy must decide from the headers, answer 401 to each, and stay alive with its heap within
// 20 MB of where it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TARGET = join(dirname(fileURLToPath(import.meta.url)), 'heapTarget.ts');
const CONNECTIONS = 50;
const CHUNKS = 65_000;
const MB = 1024 * 1024;

describe.each([0, 200])('with an authorize that takes %i ms', (authorizeMs) => {
  let child: ChildProcess;
  let port: number;
  let heapGrowth = 0;
  let exit: string | undefined;

  beforeAll(async () => {
    const flags = ['--max-old-space-size=128', '--expose-gc', '--import', 'tsx'];
    child = spawn(process.execPath, [...flags, TARGET, String(authorizeMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.once('exit', (code, signal) => void (exit = `exited with ${signal ?? code}`));
    const lines = createInterface({ input: child.stdout! });
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The heap target did not start in 20 s.')), 20_000);
      lines.on('line', (line) => {
        const [kind, value] = line.split(' ');
        if (kind === 'heap') heapGrowth = Math.max(heapGrowth, Number(value));
        if (kind === 'port') {
          clearTimeout(timer);
          resolve(Number(value));
        }
      });
    });
  }, 30_000);

  afterAll(() => {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGKILL');
  });

  it(`survives ${CONNECTIONS} unauthenticated never-ending chunked uploads on a 128 MB heap, authorizing each once`, async () => {
    const started = performance.now();
    const statuses = await Promise.all(Array.from({ length: CONNECTIONS }, () => strangerUpload(port)));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    await new Promise((settle) => setTimeout(settle, 300));
    const alive = exit === undefined;
    const stats = alive ? ((await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as { authorizeCalls: number }) : undefined;
    const merchant = alive
      ? await fetch(`http://127.0.0.1:${port}/api/polar/v1/products/`, { headers: { cookie: 'session=merchant' } }).then(({ status }) => status)
      : undefined;
    const counts = Object.fromEntries([...new Set(statuses)].map((status) => [status, statuses.filter((s) => s === status).length]));
    console.log(
      `proxy memory attack (authorize ${authorizeMs} ms): ${CONNECTIONS} hostile requests (chunked, ${CHUNKS} one-byte chunks each, ` +
        `${((CONNECTIONS * CHUNKS * 6) / MB).toFixed(1)} MB sent); child ${alive ? 'alive' : exit}; ` +
        `peak heap growth ${(heapGrowth / MB).toFixed(1)} MB; authorize called ${stats?.authorizeCalls ?? '?'} times; statuses ${JSON.stringify(counts)} within ${seconds} s`,
    );
    expect(exit).toBeUndefined();
    expect(statuses).toEqual(Array(CONNECTIONS).fill(401));
    expect(stats!.authorizeCalls).toBe(CONNECTIONS);
    expect(heapGrowth).toBeLessThan(20 * MB);
    // Still serving: a merchant's call goes through authorize to the (absent) upstream.
    expect(merchant).toBe(502);
  }, 90_000);
});

/** One stranger's upload; resolves with the status the proxy answered, or 0 when it answered none in 30 s. */
function strangerUpload(port: number): Promise<number> {
  const head = 'POST /api/polar/v1/checkout-links/ HTTP/1.1\r\nHost: shop.test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
  const body = Buffer.from('1\r\nx\r\n'.repeat(CHUNKS));
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
    };
    const timer = setTimeout(finish, 30_000);
    socket.on('data', (chunk) => void (answer += chunk.toString('latin1')));
    socket.on('close', finish);
    // The proxy may hang up while the upload is still being written.
    socket.on('error', () => {});
    socket.write(head);
    socket.write(body);
  });
}
