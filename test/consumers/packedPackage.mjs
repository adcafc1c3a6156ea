// The package as a host gets it: `npm pack` of the built package, installed from the tarball into the
// consumer apps' folder (test/consumers), next to the hosts' own dependencies from its lockfile.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const consumersDir = fileURLToPath(new URL('.', import.meta.url));
export const packageName = 'react-polar-checkout-links';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Installs the hosts' dependencies (Vite, esbuild, Next.js, React) once per lockfile; later runs reuse them. */
function installHostDependencies() {
  const lockHash = createHash('sha256').update(readFileSync(join(consumersDir, 'package-lock.json'))).digest('hex');
  const stamp = join(consumersDir, 'node_modules', '.installed-lock-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  console.log('test/consumers: npm ci (the host apps\' dependencies, once per lockfile)');
  npm(['ci', '--no-audit', '--no-fund', '--prefer-offline'], consumersDir);
  writeFileSync(stamp, lockHash);
}

/** `npm pack` of the built package (run the build first); returns the tarball's path. */
export function packPackage() {
  const destination = join(consumersDir, '.pack');
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination);
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], root));
  return join(destination, filename);
}

/**
 * Installs `tarball` (default: a fresh `npm pack`) into test/consumers as `npm install <tarball>`
 * would in a host, without recording it in the consumers' package.json or lockfile.
 */
export function installPackedPackage(tarball = packPackage()) {
  installHostDependencies();
  rmSync(join(consumersDir, 'node_modules', packageName), { recursive: true, force: true });
  npm(['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumersDir);
  return tarball;
}
