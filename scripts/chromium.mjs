// The Chromium that the browser tests, the consumer tests, the bench and the screenshots drive, found
// the same way everywhere: $CHROMIUM_PATH, then the usual Chromium and Chrome paths, then Playwright's
// own cache. `ensureChromium()` installs one when there is none, saying what it does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium that Playwright would start from its own cache (`playwright install`), if it is there. */
function playwrightCachedChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a Chromium or Chrome on this machine, or undefined. */
export function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (existsSync(fromEnvironment)) return fromEnvironment;
    console.warn(`CHROMIUM_PATH is ${fromEnvironment}, which does not exist; looking elsewhere.`);
  }
  return usualPaths.find((path) => existsSync(path)) ?? playwrightCachedChromium();
}

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/**
 * A Chromium's path: the one found, or one installed now: Debian's `chromium` package where apt-get
 * and root (or sudo) are there, else Playwright's own build (`playwright-core install chromium`, the
 * playwright-core version the tests drive).
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = process.getuid?.() === 0;
  const sudo = !root && succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
  if (succeeds('apt-get', ['--version']) && (root || sudo)) {
    const run = (args) => (sudo ? execFileSync(sudo[0], [...sudo.slice(1), ...args], { stdio: 'inherit' }) : execFileSync(args[0], args.slice(1), { stdio: 'inherit' }));
    console.log(`No Chromium found: installing Debian's (${sudo ? 'sudo ' : ''}apt-get install chromium).`);
    run(['apt-get', 'update']);
    run(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  } else {
    console.log("No Chromium found and no apt-get with root or sudo: installing Playwright's (npx playwright-core install chromium).");
    execFileSync('npx', ['playwright-core', 'install', 'chromium'], { stdio: 'inherit' });
  }
  const installed = findChromium();
  if (!installed) throw new Error('Chromium was installed but is still not found; set CHROMIUM_PATH to its executable.');
  console.log(`Chromium: ${installed}`);
  return installed;
}

/** Flags for this kind of machine: no sandbox (root in a container), no GPU, no background network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright launch options for the Chromium found (`npm test` installs one first when there is none). */
export const chromiumLaunch = { executablePath: findChromium(), args: chromiumArgs };
