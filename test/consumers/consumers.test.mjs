// The packed package in the hosts that issue 16 names, run by `npm test` (node --test):
// plain Node as ES modules and as CommonJS, and a Next.js 16 App Router app (`next build`, then
// `next start` on 127.0.0.1) with a Server Component, two Route Handlers and a client page driven in
// Chromium. The contract server (test/contract-server) stands in for Polar behind the proxy route.
// The sizes of the Vite and esbuild builds are checked by scripts/check-size.mjs.
//
// Packs and installs the package first, unless CONSUMERS_INSTALLED=1 says that `npm test` just did.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from '../../scripts/chromium.mjs';
import { consumersDir, installPackedPackage, root } from './packedPackage.mjs';

const nextDir = join(consumersDir, 'next');
const nextBin = join(consumersDir, 'node_modules', 'next', 'dist', 'bin', 'next');
const STARTUP_MS = 60_000;

/** Starts a child process and resolves with it and its first stdout line matching `ready`, within STARTUP_MS. */
function startProcess(command, args, { cwd, env, ready }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${args.join(' ')} did not start within ${STARTUP_MS} ms:\n${output}`));
    }, STARTUP_MS);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** Stops a child started above by its PID and waits for it to exit. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  await exited;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let contract;
let polarEnv;

before(async () => {
  if (process.env.CONSUMERS_INSTALLED !== '1') installPackedPackage();
  const token = 'polar_oat_fake_consumer_tests';
  contract = await startProcess(process.execPath, ['--import', 'tsx', 'test/contract-server/cli.ts', '--token', token], {
    cwd: root,
    ready: /^(http:\/\/127\.0\.0\.1:\d+)$/m,
  });
  polarEnv = { POLAR_BASE_URL: contract.match[1], POLAR_ACCESS_TOKEN: token };
});

after(async () => {
  await stop(contract?.child);
});

describe('plain Node', () => {
  const expected = {
    proxyStatus: 200,
    proxiedProducts: 2,
    price: '$49',
    money: '1.234,56\u00a0€',
    valid: true,
    invalidPaths: ['products'],
    memoryProducts: 10,
    mediaFileExists: true,
  };
  for (const [format, script] of [
    ['ES modules', 'node/esm.mjs'],
    ['CommonJS (require)', 'node/cjs.cjs'],
  ]) {
    it(`runs ./server, the ./headless schemas and formatters and the ./testing fixtures as ${format}`, () => {
      const result = spawnSync(process.execPath, [script], { cwd: consumersDir, env: { ...process.env, ...polarEnv }, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), expected);
    });
  }
});

describe('Next.js 16 App Router', () => {
  let server;
  let origin;

  before(async () => {
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: nextDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, `next build failed:\n${build.stdout}\n${build.stderr}`);
    const port = await freePort();
    server = await startProcess(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: nextDir,
      env: { ...polarEnv, NEXT_TELEMETRY_DISABLED: '1' },
      ready: /Ready in/,
    });
    origin = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    await stop(server?.child);
  });

  it('renders catalogue products with ProductCard in a Server Component that formats prices and parses with the schema', async () => {
    const response = await fetch(`${origin}/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<p id="format-price">\$49<\/p>/);
    assert.match(html, /<p id="format-money">1\.234,56\u00a0€<\/p>/);
    assert.match(html, /<p id="schema-valid">true<\/p>/);
    assert.match(html, /<p id="schema-invalid">products<\/p>/);
    for (const name of ['Starter Kit', 'Pro', 'Pro \\(yearly\\)']) assert.match(html, new RegExp(`<h3[^>]*>${name}</h3>`));
  });

  it('validates a body with checkoutLinkCreateSchema in a Route Handler', async () => {
    const post = (body) => fetch(`${origin}/api/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const product = '2f3f4a1e-8b7c-4d5e-9f6a-0b1c2d3e4f5a';
    const accepted = await post({ payment_processor: 'stripe', products: [product], label: 'Spring sale' });
    assert.equal(accepted.status, 200);
    assert.deepEqual((await accepted.json()).body, { payment_processor: 'stripe', products: [product], label: 'Spring sale' });
    const refused = await post({ payment_processor: 'stripe', products: [] });
    assert.equal(refused.status, 422);
    assert.deepEqual((await refused.json()).issues.map((issue) => issue.path), [['products']]);
  });

  it('forwards Polar paths with their trailing slash through createPolarProxy, without a redirect', async () => {
    const response = await fetch(`${origin}/api/polar/v1/products/?limit=3`, { redirect: 'manual' });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).items.length, 3);
    const refused = await fetch(`${origin}/api/polar/v1/customers/`, { redirect: 'manual' });
    assert.equal(refused.status, 404);
  });

  it('hydrates the client page without a warning and creates a link through the proxy', async () => {
    const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
    try {
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => messages.push(String(error)));
      const apiCalls = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/api/polar/')) apiCalls.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
      });

      await page.goto(`${origin}/admin`);
      await page.locator('[data-hydrated="true"]').waitFor();
      await page.getByRole('button', { name: 'Create checkout link' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create checkout link' });
      await dialog.getByRole('button', { name: 'Pro', exact: true }).click();
      await dialog.getByRole('button', { name: 'Create link' }).click();
      const created = page.locator('#created-link');
      await created.waitFor();
      const [id, url] = [await created.getAttribute('data-id'), await created.textContent()];

      assert.deepEqual(messages, []);
      assert.ok(apiCalls.includes('POST /api/polar/v1/checkout-links/ 201'), apiCalls.join('\n'));
      assert.deepEqual(apiCalls.filter((call) => !/ 20\d$/.test(call)), [], 'every call answered directly, none redirected');
      const stored = await fetch(`${origin}/api/polar/v1/checkout-links/${id}`);
      assert.equal(stored.status, 200);
      assert.equal((await stored.json()).url, url);
    } finally {
      await browser.close();
    }
  });
});
