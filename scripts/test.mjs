// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['build (one module per source file, ESM and CommonJS)', 'npx', ['tsdown', '--log-level', 'warn']],
  ['"use client" only on the modules that call hooks or define components', 'node', ['scripts/check-dist.mjs']],
  ['sizes through the packed package (Vite 8 and esbuild), tree-shaking', 'node', ['scripts/check-size.mjs']],
  ['package checks (publint, are-the-types-wrong)', 'npm', ['run', '--silent', 'check:package']],
  ['tests (unit on React 19 and 18, browser, stories)', 'npx', ['vitest', 'run']],
];

for (const [title, command, args] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}
