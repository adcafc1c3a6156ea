// Size budgets and tree-shaking checks (issue 9), run by `npm test` and `npm run size`.
// Each entry is bundled from src/ the way a host's bundler would: esbuild, minified, browser ESM,
// React external and every other dependency included; the size is the gzip -9 of the output.
//
// Every entry has the issue's goal and a ceiling. The ceiling is a ratchet: the size measured when
// it was last lowered, rounded up a little, so that code can only grow on purpose. An entry over
// its ceiling fails; an entry under its ceiling but over its goal passes and is reported as
// "goal not met". Lower a ceiling whenever an entry shrinks; raise one only deliberately, in a
// commit that says why.
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;

/** What a host's production build does with a JavaScript entry. */
const jsOptions = {
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Errors are reported in the table below; warnings (such as dropped 'use client' directives) are expected.
  logLevel: 'silent',
};

/**
 * Bundles `source`, an ES module written as if it sat in the project root. It is JavaScript, not
 * TypeScript, so that a name the source tree does not export fails the bundle instead of being
 * taken for an erased type. Code splitting is on, as in a host's bundler: `code` and `inputs` are
 * what a page loads up front (the entry chunk and the chunks it imports statically), `lazyCode`
 * and `lazyInputs` what loads only through a dynamic `import()` (e.g. the QR encoder).
 */
async function bundleModule(source) {
  const result = await build({
    ...jsOptions,
    splitting: true,
    outdir: 'size-check-out',
    stdin: { contents: source, resolveDir: root, sourcefile: 'size-entry.js', loader: 'js' },
  });
  const { outputs } = result.metafile;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith('.js'));
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path].imports) if (kind === 'import-statement' && outputs[imported]) visit(imported);
  };
  visit(entry);
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !initial.has(path));
  const contents = (paths) => concatBytes(paths.map((path) => result.outputFiles.find((file) => file.path.endsWith(`/${path}`)).contents));
  const inputsOf = (paths) =>
    paths.flatMap((path) => Object.entries(outputs[path].inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([input]) => input));
  return { code: contents([...initial]), inputs: inputsOf([...initial]), lazyCode: contents(lazy), lazyInputs: inputsOf(lazy) };
}

function concatBytes(parts) {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

async function bundleStylesheet(path) {
  const result = await build({ entryPoints: [path], bundle: true, minify: true, write: false, logLevel: 'silent' });
  return { code: result.outputFiles[0].contents, inputs: [] };
}

const gzippedSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

const entries = [
  {
    entry: 'createFetchClient + PolarApiError',
    goal: 1.2 * KB,
    ceiling: 1.2 * KB,
    bundle: () => bundleModule("export { createFetchClient, PolarApiError } from './src/client';"),
  },
  { entry: './headless (everything)', goal: 12 * KB, ceiling: 34.9 * KB, bundle: () => bundleModule("export * from './src/headless';") },
  { entry: '. (everything, Radix included)', goal: 32 * KB, ceiling: 72.8 * KB, bundle: () => bundleModule("export * from './src/index';") },
  { entry: './styles.css', goal: 6 * KB, ceiling: 6 * KB, bundle: () => bundleStylesheet('src/styles.css') },
  { entry: './server', goal: 4 * KB, ceiling: 4 * KB, bundle: () => bundleModule("export * from './src/server';") },
  {
    // The share panel's QR code: the image, its downloads and the encoder (uqr), loaded when a code first shows.
    entry: '. QR code chunk (loaded on demand)',
    goal: 5 * KB,
    ceiling: 5 * KB,
    bundle: async () => ({ code: (await bundleModule("export { CheckoutLinkShare } from './src/index';")).lazyCode }),
  },
];

const qrCodeFiles = [/(^|\/)node_modules\/uqr\//, /^src\/components\/CheckoutLinkShare\/(QrCodeImage|qrCodeDrawing)/];

const builderFiles = [
  /^src\/components\/CheckoutLinkForm/,
  /^src\/components\/CreateCheckoutLinkDialog/,
  /^src\/hooks\/useCheckoutLinkForm/,
  /^src\/state\/checkoutLinkForm/,
];

/** Each check bundles a host that imports a few names and lists source files that must stay out. */
// The table's and the QR code's words ship with those components, not in the default messages every component reads.
const tableFiles = [
  /^src\/components\/CheckoutLinkTable\//,
  /(^|\/)node_modules\/@radix-ui\/react-alert-dialog\//,
  /^src\/messages\/(linkTableMessages|qrCodeMessages)/,
  /(^|\/)node_modules\/uqr\//,
];

const treeShakingChecks = [
  { name: 'ProductCard alone leaves the builder out', source: "export { ProductCard } from './src/index';", forbidden: builderFiles },
  { name: 'ProductCard alone leaves the links table, the QR code and their words out', source: "export { ProductCard } from './src/index';", forbidden: tableFiles },
  { name: 'ProductCardList alone leaves the builder out', source: "export { ProductCardList } from './src/index';", forbidden: builderFiles },
  {
    // A headless host shows its own words: the provider and the data hooks carry none of ours.
    name: 'CheckoutLinksProvider with the data hooks leaves the English words out',
    source:
      "export { CheckoutLinksProvider, useCreateCheckoutLink, useCheckoutLinks, useCheckoutLink, useUpdateCheckoutLink, useDeleteCheckoutLink, useProducts, useDiscounts } from './src/headless';",
    forbidden: [/^src\/messages\//],
  },
  {
    name: 'createFetchClient from ./headless leaves zod out',
    source: "export { createFetchClient } from './src/headless';",
    forbidden: [/(^|\/)node_modules\/zod\//],
  },
];

/**
 * What a component adds to a host that already imports others: the gzip size of the host with it
 * minus the host without it (shared code such as Radix and the hooks is counted once, in the base).
 */
const increments = [
  {
    name: 'CheckoutLinkTable, to a host that has the builder, its dialog and the share panel',
    base: "export { CheckoutLinkForm, CreateCheckoutLinkDialog, CheckoutLinkShare } from './src/index';",
    added: 'CheckoutLinkTable',
    ceiling: 5.5 * KB,
  },
];

/** Each check bundles a host that imports a few names; these files must load only through a dynamic import. */
const lazyLoadingChecks = [
  { name: 'CheckoutLinkShare loads the QR encoder only when a code shows', source: "export { CheckoutLinkShare } from './src/index';", lazy: qrCodeFiles },
];

const failures = [];

const rows = [];
const goalsNotMet = [];
for (const { entry, goal, ceiling, bundle } of entries) {
  try {
    const size = gzippedSize((await bundle()).code);
    const verdict = size > ceiling ? 'OVER CEILING' : size > goal ? 'goal not met' : 'ok';
    if (size > ceiling) failures.push(`${entry} is ${size} B, over its ceiling of ${ceiling} B`);
    else if (size > goal) goalsNotMet.push(`${entry}: ${formatKB(size)}, ${(size / goal).toFixed(2)}× the goal of ${formatKB(goal)}`);
    rows.push([entry, formatKB(size), formatKB(goal), formatKB(ceiling), `${Math.round((size / goal) * 100)}%`, verdict]);
  } catch (error) {
    failures.push(`${entry} could not be bundled: ${firstLine(error)}`);
    rows.push([entry, '-', formatKB(goal), formatKB(ceiling), '-', 'ERROR']);
  }
}
printTable(['entry (esbuild, minified, gzip -9)', 'size', 'goal', 'ceiling', 'of goal', ''], rows);
if (goalsNotMet.length > 0) console.log(`\ngoal not met (under the ceiling, so not a failure):\n${goalsNotMet.map((line) => `  ${line}`).join('\n')}`);

console.log('');
for (const { name, source, forbidden } of treeShakingChecks) {
  try {
    const { inputs } = await bundleModule(source);
    const leaked = inputs.filter((input) => forbidden.some((pattern) => pattern.test(input)));
    if (leaked.length > 0) failures.push(`${name}: the bundle pulls in ${leaked.join(', ')}`);
    console.log(`${leaked.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${inputs.length} input files)`);
  } catch (error) {
    failures.push(`${name}: could not be bundled: ${firstLine(error)}`);
    console.log(`FAIL ${name}`);
  }
}

for (const { name, base, added, ceiling } of increments) {
  try {
    const without = gzippedSize((await bundleModule(base)).code);
    const withIt = gzippedSize((await bundleModule(base.replace(' } from', `, ${added} } from`))).code);
    const increment = withIt - without;
    if (increment > ceiling) failures.push(`${name}: +${increment} B, over its ceiling of ${ceiling} B`);
    console.log(`${increment > ceiling ? 'FAIL' : 'ok  '} ${name}: +${formatKB(increment)} gzip (${formatKB(without)} -> ${formatKB(withIt)}, ceiling ${formatKB(ceiling)})`);
  } catch (error) {
    failures.push(`${name}: could not be bundled: ${firstLine(error)}`);
    console.log(`FAIL ${name}`);
  }
}

for (const { name, source, lazy } of lazyLoadingChecks) {
  try {
    const { inputs, lazyInputs } = await bundleModule(source);
    const upFront = inputs.filter((input) => lazy.some((pattern) => pattern.test(input)));
    const missing = lazy.filter((pattern) => !lazyInputs.some((input) => pattern.test(input)));
    if (upFront.length > 0) failures.push(`${name}: loaded up front: ${upFront.join(', ')}`);
    if (missing.length > 0) failures.push(`${name}: no lazy chunk holds ${missing.join(', ')}`);
    console.log(`${upFront.length + missing.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${lazyInputs.length} input files on demand)`);
  } catch (error) {
    failures.push(`${name}: could not be bundled: ${firstLine(error)}`);
    console.log(`FAIL ${name}`);
  }
}

if (failures.length > 0) {
  console.error(`\n${failures.map((failure) => `✗ ${failure}`).join('\n')}`);
  process.exit(1);
}

function formatKB(bytes) {
  return `${(bytes / KB).toFixed(2)} KB`;
}

function firstLine(error) {
  return error.errors?.[0]?.text ?? String(error.message ?? error).split('\n')[0];
}

function printTable(header, body) {
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log([line(header), ...body.map(line)].join('\n'));
}
