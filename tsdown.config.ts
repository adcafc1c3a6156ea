import { build } from 'esbuild';
import { defineConfig } from 'tsdown';

// One output file per source module (unbundled), in ESM and CommonJS: hosts' bundlers drop the
// modules a host does not import, and each module keeps its own "use client" directive, so the
// contract, client, formatters, messages, state, server and fixtures stay plain server-safe modules.
// Measured against tsup with `bundle: false` and Rollup with preserveModules in the commit that chose it.
export default defineConfig({
  entry: { index: 'src/index.ts', headless: 'src/headless.ts', server: 'src/server.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  unbundle: true,
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  logLevel: 'warn',
  checks: { pluginTimings: false },
  // The catalogue finds its medias with `new URL('./media/x.svg', import.meta.url)` next to dist/testing/catalogue.js.
  copy: [{ from: 'src/testing/media', to: 'dist/testing' }],
  // One stylesheet, its @imports inlined and minified (as the previous build did, with esbuild).
  onSuccess: async () => {
    await build({ entryPoints: ['src/styles.css'], bundle: true, minify: true, outfile: 'dist/styles.css', logLevel: 'warning' });
  },
});
