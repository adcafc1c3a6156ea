// `npm test`: every check, in order, stopping at the first failure. On a fresh machine it needs only
// `npm install` before it: it finds (or installs) a Chromium and installs the consumer apps' own
// dependencies (test/consumers) itself.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { installPackedPackage } from '../test/consumers/packedPackage.mjs';

const steps = [
  ['a Chromium for the browser tests', () => (process.env.CHROMIUM_PATH = ensureChromium())],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['build (one module per source file, ESM and CommonJS)', 'npx', ['tsdown', '--log-level', 'warn']],
  ['"use client" only on the modules that call hooks or define components', 'node', ['scripts/check-dist.mjs']],
  [
    'npm pack, installed into the consumer apps (test/consumers)',
    () => {
      installPackedPackage();
      process.env.CONSUMERS_INSTALLED = '1';
    },
  ],
  ['sizes through the packed package (Vite 8 and esbuild), tree-shaking', 'node', ['scripts/check-size.mjs']],
  ['package checks (publint, are-the-types-wrong)', 'npm', ['run', '--silent', 'check:package']],
  ['the packed package in plain Node (ESM, CommonJS) and in a Next.js 16 app', 'node', ['--test', '--test-reporter=spec', 'test/consumers/consumers.test.mjs']],
  ['tests (unit on React 19 and 18, browser, stories)', 'npx', ['vitest', 'run']],
];

for (const [title, command, args] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${title}`);
  let status = 0;
  if (typeof command === 'function') {
    try {
      command();
    } catch (error) {
      console.error(error);
      status = 1;
    }
  } else {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    status = result.status ?? 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✗ ${title} failed after ${seconds}s`);
    process.exit(status);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}
