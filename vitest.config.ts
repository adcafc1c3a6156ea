import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumLaunch } from './scripts/chromium.mjs';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const chromium = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunch }),
  instances: [{ browser: 'chromium' as const, name }],
});

const unitInclude = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'];
const notUnit = ['**/*.browser.test.*', 'test/react18/**', 'test/consumers/**', 'node_modules/**'];

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          // user-event types one key at a time into jsdom: a test typing a form full takes ~2 s idle and
          // over 5 s on this 2-core machine under load, so the jsdom projects wait as long as the slow
          // builder suites already did (SLOW_DOM_QUERIES_MS).
          testTimeout: 20_000,
          environment: 'jsdom',
          globals: true,
          include: unitInclude,
          exclude: notUnit,
          setupFiles: ['test/setup/jsdom.ts'],
        },
      },
      {
        // The React tests again, against React 18 (installed under test/react18 as its own workspace).
        plugins: [react()],
        resolve: {
          alias: [
            { find: /^react$/, replacement: root('test/react18/node_modules/react/index.js') },
            { find: /^react\/(.*)$/, replacement: root('test/react18/node_modules/react/$1') },
            { find: /^react-dom$/, replacement: root('test/react18/node_modules/react-dom/index.js') },
            { find: /^react-dom\/(.*)$/, replacement: root('test/react18/node_modules/react-dom/$1') },
            // Its CommonJS build would require the root React 19; the ESM build goes through these aliases.
            {
              find: /^@testing-library\/react$/,
              replacement: root('node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
            },
          ],
          // The scroll lock under Radix Dialog has CommonJS main entries too: take their ESM builds.
          mainFields: ['module', 'jsnext:main', 'jsnext', 'main'],
        },
        test: {
          name: 'unit-react18',
          testTimeout: 20_000,
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.tsx'],
          exclude: notUnit,
          setupFiles: ['test/setup/jsdom.ts'],
          // Radix, the scroll lock under its Dialog and TanStack Query (interop test) render React elements: they must take React 18 too.
          // user-event and the DOM library share the ESM Testing Library's copy, so its act() wrapping applies.
          server: { deps: { inline: [/@testing-library\/(react|dom|user-event)/, /@radix-ui\//, /@tanstack\/react-query/, /react-remove-scroll/, /react-style-singleton/, /use-sidecar/] } },
          deps: { interopDefault: true },
        },
      },
      {
        plugins: [react()],
        // Pre-bundled up front: found mid-run, Vite re-optimises and the page loads a second React.
        optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', '@radix-ui/react-dialog', 'uqr', 'jsqr'] },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          // The contract server behind the library's proxy, for the end-to-end builder test.
          globalSetup: ['test/e2e/polarBackend.globalSetup.ts'],
          browser: chromium('chromium-browser-tests'),
        },
      },
      {
        plugins: [react(), storybookTest({ configDir: root('.storybook') })],
        test: {
          name: 'storybook',
          browser: chromium('chromium-stories'),
        },
      },
      {
        // Every story again with the toolbar's theme on dark, so axe checks the dark palette too.
        // A story that pins its own globals (e.g. `globals: { theme: 'dark' }`) keeps them.
        plugins: [react(), storybookTest({ configDir: root('.storybook'), initialGlobals: { theme: 'dark' } })],
        test: {
          name: 'storybook-dark',
          browser: chromium('chromium-stories-dark'),
        },
      },
    ],
  },
});
