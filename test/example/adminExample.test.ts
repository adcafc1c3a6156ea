// @vitest-environment node
// The merchant admin example end to end: its server (the page, a demo sign-in and the proxy in
// front of the contract server) in a process of its own, the page in Chromium. Signed out, the
// proxy refuses; signed in, a link is created through the dialog, listed and deleted; and nothing
// the browser received (bodies, headers) holds the Polar token.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { CONTRACT_SERVER_TOKEN } from '../contract-server/startContractServer';

const START_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 15_000;

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url: string;

/** Starts `examples/admin/server.ts` as `npm run example` does, on a free port; resolves with its URL. */
async function startExample(): Promise<string> {
  // Without POLAR_ACCESS_TOKEN the example runs in front of the contract server.
  const env = { ...process.env, POLAR_ACCESS_TOKEN: '', POLAR_ENVIRONMENT: '' };
  server = spawn(process.execPath, ['--import', 'tsx', 'examples/admin/server.ts', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const lines = createInterface({ input: server.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The example did not start in ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
    lines.on('line', (line) => {
      const printed = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)?.[0];
      if (!printed) return;
      clearTimeout(timer);
      resolve(printed);
    });
    server?.once('exit', (code) => reject(new Error(`The example exited with ${code}.\n${stderr}`)));
  });
}

beforeAll(async () => {
  [url, browser] = await Promise.all([startExample(), chromium.launch({ ...chromiumLaunch, headless: true })]);
}, START_TIMEOUT_MS + 5_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = once(server, 'exit');
    process.kill(server.pid, 'SIGTERM');
    const timer = setTimeout(() => server?.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
});

/** Everything the page received: each response's URL, status, headers and body. */
function recordResponses(page: Page) {
  const received: { url: string; status: number; text: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        // A redirect has no body to read; its headers count all the same.
        const body = await response.body().catch(() => Buffer.alloc(0));
        // A response that arrives while the browser closes (a list refreshed after the delete) has no headers left to read.
        const headers = JSON.stringify(await response.allHeaders().catch(() => ({})));
        received.push({ url: response.url(), status: response.status(), text: `${headers}\n${body.toString('utf8')}` });
      })(),
    );
  });
  return { received, settled: () => Promise.all(pending) };
}

it('lets a signed-in merchant create, list and delete a link through the proxy, and never shows the browser the token', async () => {
  if (!browser) throw new Error('Chromium did not start.');
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const responses = recordResponses(page);
  const sentAuthorization: string[] = [];
  page.on('request', (request) => {
    const authorization = request.headers().authorization;
    if (authorization) sentAuthorization.push(authorization);
  });

  // Signed out: the page's own server refuses the Polar request.
  const refused = page.waitForResponse((response) => response.url().includes('/api/polar/v1/checkout-links/'));
  await page.goto(url);
  expect((await refused).status()).toBe(401);
  await page.getByRole('heading', { name: 'You are signed out' }).waitFor();

  // Signed in: the seeded links are listed.
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign in as the demo merchant' }).click();
  await page.getByRole('heading', { name: 'Checkout links', level: 1 }).waitFor();
  // One row header per link (the skeleton rows shown while loading are hidden from the accessibility tree).
  const rows = page.getByRole('table', { name: 'Checkout links' }).getByRole('rowheader');
  await rows.first().waitFor();
  const seeded = await rows.count();

  // Create a link through the dialog.
  await page.getByRole('button', { name: 'Create checkout link' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Starter Kit', pressed: false }).click();
  await dialog.getByRole('textbox', { name: 'Label' }).fill('Example spring sale');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  // The dialog turns into the new link's share panel.
  await dialog.getByRole('heading', { name: 'Your checkout link is ready' }).waitFor();
  expect(await dialog.getByRole('textbox', { name: 'Checkout link' }).inputValue()).toMatch(/^https:\/\//);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const created = page.getByRole('row', { name: /Example spring sale/ });
  await created.waitFor();
  await expect.poll(() => rows.count()).toBe(seeded + 1);
  expect(await created.textContent()).toContain('Starter Kit');

  // Delete it again, confirming once more in the alert dialog.
  await created.getByRole('button', { name: 'Delete Example spring sale' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete link' }).click();
  await created.waitFor({ state: 'detached' });
  await expect.poll(() => rows.count()).toBe(seeded);

  await responses.settled();
  const polarAnswers = responses.received.filter((response) => response.url.includes('/api/polar/'));
  expect(polarAnswers.map((response) => response.status)).toEqual(expect.arrayContaining([401, 200, 201, 204]));
  const leaks = responses.received.filter((response) => response.text.includes(CONTRACT_SERVER_TOKEN)).map((response) => response.url);
  expect(leaks).toEqual([]);
  expect(sentAuthorization).toEqual([]);
  console.log(
    `admin example: ${responses.received.length} responses to the page (${polarAnswers.length} from /api/polar), none holding the token; ` +
      `signed out 401, then a link created (${seeded} → ${seeded + 1} rows) and deleted`,
  );
}, 90_000);
