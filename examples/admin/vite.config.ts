import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The page imports the package by its public entry names, resolved to the sources of this
// repository, so the example runs without a build. A host's app resolves them from node_modules.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-polar-checkout-links$/, replacement: here('../../src/index.ts') },
      { find: /^react-polar-checkout-links\/styles\.css$/, replacement: here('../../src/styles.css') },
    ],
  },
  cacheDir: here('../../node_modules/.vite/example-admin'),
  // The page needs these files only; the rest of the repository (tests, scripts) stays unserved.
  server: { fs: { strict: true, allow: [here('.'), here('../../src'), here('../../node_modules')] } },
  logLevel: 'warn',
});
