/** Playwright launch options for `/usr/bin/chromium`. */
export declare const chromiumLaunch: { executablePath: string; args: string[] };
