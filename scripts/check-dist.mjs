// What the build must leave in dist/ beyond what publint and are-the-types-wrong check (issues 2, 16),
// run by `npm test` after the build. The build keeps one file per source module, in ESM and CommonJS:
// - every module that calls a React hook starts with "use client", and so does every module whose
//   source does (the components);
// - no module of the contract, client, formatters, messages, state, server or testing layers carries
//   the directive or imports React, so Server Components, Route Handlers and plain Node can use them
//   (a directive there would turn pure functions and data into client references on the server);
// - ./server and everything it imports carries neither.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const USE_CLIENT = /^(?:\s*["']use strict["'];?)?\s*["']use client["'];?/;
const REACT_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']react(?:-dom)?(?:\/[^"']*)?["']/;
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.\.?\/[^"']+)["']/g;
// `import { useState, useMemo as memo } from "react"` / `from "./useProducts.js"`, and the CommonJS forms.
const ESM_IMPORT = /\bimport\s*\{([^}]*)\}\s*from\s*["'][^"']+["']/g;
const CJS_HOOK_CALL = /\b(?:require_\w+|import_react\w*|react\w*)\.(use[A-Z]\w*)\s*\)?\s*\(/;
const PURE_LAYERS = ['contract', 'client', 'format', 'messages', 'state', 'server', 'testing'];

/** Every built JavaScript module under dist/, as a path relative to dist/ (the bundler's runtime helpers aside). */
function builtModules(folder = 'dist') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '_virtual' ? [] : builtModules(path);
    return /\.c?js$/.test(entry.name) ? [relative('dist', path)] : [];
  });
}

/** The module's source file under src/, or undefined. */
function sourceOf(module) {
  const base = join('src', module.replace(/\.c?js$/, ''));
  return ['.ts', '.tsx'].map((extension) => base + extension).find((file) => existsSync(file));
}

/** Whether the built module calls a hook (a `use…` function imported from React or from another module). */
function callsHook(code) {
  if (CJS_HOOK_CALL.test(code)) return true;
  for (const [, names] of code.matchAll(ESM_IMPORT)) {
    for (const name of names.split(',').map((part) => part.trim().split(/\s+as\s+/).pop())) {
      if (/^use[A-Z]\w*$/.test(name) && new RegExp(`\\b${name}\\s*\\(`).test(code)) return true;
    }
  }
  return false;
}

/** The file and every dist file it imports, transitively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
    withImports(join(dirname(file), specifier), seen);
  }
  return seen;
}

const problems = [];
const counts = { client: 0, plain: 0 };

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [entry, target] of Object.entries(exports)) {
  if (typeof target === 'string') {
    if (!existsSync(target)) problems.push(`${entry}: ${target} was not built`);
    continue;
  }
  for (const format of ['import', 'require']) {
    const file = target[format]?.default;
    if (!file || !existsSync(file)) problems.push(`${entry} (${format}): ${file ?? 'no file declared'} was not built`);
  }
}

for (const module of builtModules()) {
  const code = readFileSync(join('dist', module), 'utf8');
  const source = sourceOf(module);
  const hasDirective = USE_CLIENT.test(code);
  const layer = module.split('/')[0].replace(/\.c?js$/, '');
  hasDirective ? counts.client++ : counts.plain++;
  if (!source) {
    problems.push(`dist/${module} has no source module in src/`);
    continue;
  }
  const sourceHasDirective = USE_CLIENT.test(readFileSync(source, 'utf8'));
  if (PURE_LAYERS.includes(layer)) {
    if (hasDirective) problems.push(`dist/${module} starts with "use client", but ${layer} modules must work on the server`);
    if (REACT_IMPORT.test(code)) problems.push(`dist/${module} imports React, but ${layer} modules must work without it`);
    continue;
  }
  if (callsHook(code) && !hasDirective) problems.push(`dist/${module} calls a React hook but does not start with "use client"`);
  if (sourceHasDirective !== hasDirective) {
    problems.push(`dist/${module} ${hasDirective ? 'starts' : 'does not start'} with "use client", unlike ${source}`);
  }
}

for (const format of ['import', 'require']) {
  for (const module of withImports(exports['./server'][format].default)) {
    const code = readFileSync(module, 'utf8');
    if (USE_CLIENT.test(code)) problems.push(`./server (${format}): ${module} starts with "use client"`);
    if (REACT_IMPORT.test(code)) problems.push(`./server (${format}): ${module} imports React`);
  }
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `✗ ${problem}`).join('\n'));
  process.exit(1);
}
console.log(
  `dist/: ${counts.client} modules with "use client" (every one that calls a hook or defines a component), ` +
    `${counts.plain} without (the contract, client, formatters, messages, state, server and testing among them); ./server has no React.`,
);
