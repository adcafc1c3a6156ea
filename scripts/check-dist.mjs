// What the build must leave in dist/ beyond what publint and are-the-types-wrong check (issue 2):
// every client entry starts with the "use client" directive (React Server Components take the
// whole module as client code), and ./server carries no directive and no React, in either format.
// Run by `npm test` after the build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SERVER_ENTRIES = new Set(['./server']);
const USE_CLIENT = /^\s*["']use client["'];?/;
const REACT_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']react(?:-dom)?(?:\/[^"']*)?["']/;
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.\.?\/[^"']+)["']/g;

/** The file and every dist file it imports, transitively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
    withImports(join(dirname(file), specifier), seen);
  }
  return seen;
}

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

for (const [entry, target] of Object.entries(exports)) {
  if (typeof target === 'string') continue; // ./styles.css, ./package.json
  for (const format of ['import', 'require']) {
    const file = target[format]?.default;
    if (!file || !existsSync(file)) {
      problems.push(`${entry} (${format}): ${file ?? 'no file declared'} was not built`);
      continue;
    }
    const code = readFileSync(file, 'utf8');
    if (!SERVER_ENTRIES.has(entry)) {
      if (!USE_CLIENT.test(code)) problems.push(`${entry} (${format}): ${file} does not start with "use client"`);
      continue;
    }
    for (const module of withImports(file)) {
      const moduleCode = readFileSync(module, 'utf8');
      if (USE_CLIENT.test(moduleCode)) problems.push(`${entry} (${format}): ${module} starts with "use client"`);
      if (REACT_IMPORT.test(moduleCode)) problems.push(`${entry} (${format}): ${module} imports React`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `✗ ${problem}`).join('\n'));
  process.exit(1);
}
console.log(`dist/: "use client" on every client entry; ./server without it and without React.`);
