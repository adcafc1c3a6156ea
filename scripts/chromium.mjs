// Debian's Chromium, started the way this machine allows (no sandbox, no background network).
// Shared by the Vitest browser projects, the screenshot script and the bench; nothing downloads a browser.

/** Playwright launch options for `/usr/bin/chromium`. */
export const chromiumLaunch = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
