import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The page imports the package by its public entry names, resolved as a host's app resolves them:
// through package.json's exports, to the build in dist/ (`npm run example` builds first).
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  cacheDir: here('../../node_modules/.vite/example-admin'),
  // The page needs these files only; the rest of the repository (tests, scripts) stays unserved.
  server: { fs: { strict: true, allow: [here('.'), here('../../dist'), here('../../node_modules')] } },
  logLevel: 'warn',
});
