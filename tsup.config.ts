import { cpSync, rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// tsup runs the configs below in parallel, and its `clean` option (JS and the .d.ts rollup alike)
// would delete files the other configs have already written, so dist/ is emptied once, up front.
rmSync('dist', { recursive: true, force: true });

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
};

export default defineConfig([
  {
    ...shared,
    // Client entries: React components and hooks must carry the directive for React Server Components.
    entry: { index: 'src/index.ts', headless: 'src/headless.ts', testing: 'src/testing.ts' },
    banner: { js: '"use client";' },
    // The testing catalogue finds its medias with `new URL('./media/x.svg', import.meta.url)`:
    // the CommonJS build needs import.meta.url shimmed, and the files must sit in dist/media.
    shims: true,
    onSuccess: async () => cpSync('src/testing/media', 'dist/media', { recursive: true }),
  },
  {
    ...shared,
    // The proxy runs on the host's server: no React, no client directive.
    entry: { server: 'src/server.ts' },
  },
  {
    entry: { styles: 'src/styles.css' },
    minify: true,
  },
]);
