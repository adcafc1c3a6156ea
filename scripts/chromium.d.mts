/** The path of a Chromium or Chrome on this machine ($CHROMIUM_PATH, the usual paths, Playwright's cache), or undefined. */
export declare function findChromium(): string | undefined;
/** The Chromium found, or one installed now (apt-get where root or sudo are there, else Playwright's). */
export declare function ensureChromium(): string;
/** The flags every launch uses. */
export declare const chromiumArgs: string[];
/** Playwright launch options for the Chromium found. */
export declare const chromiumLaunch: { executablePath: string | undefined; args: string[] };
