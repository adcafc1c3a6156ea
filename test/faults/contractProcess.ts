import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The contract server, running in a process of its own. */
export interface ContractProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  accessToken: string;
  /** How many checkout links its Polar holds, asked over HTTP. */
  linkCount(): Promise<number>;
  stop(): Promise<void>;
}

const ACCESS_TOKEN = 'polar_oat_fault_suite_token';
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;
// Not `new URL(path, import.meta.url)`: the jsdom environment bundles that for a browser.
const CLI = join(dirname(fileURLToPath(import.meta.url)), '../contract-server/cli.ts');

/**
 * Starts `test/contract-server/cli.ts` with tsx. A process of its own, so that suites in the jsdom
 * environment (which bundles modules as for a browser) can use it as well as those in Node's.
 */
export async function startContractProcess(): Promise<ContractProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--token', ACCESS_TOKEN], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The contract server did not start in ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The contract server exited with ${code}.\n${stderr}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });

  return {
    url,
    accessToken: ACCESS_TOKEN,
    async linkCount() {
      const response = await fetch(`${url}/v1/checkout-links/?limit=1`, { headers: { authorization: `Bearer ${ACCESS_TOKEN}` } });
      if (!response.ok) throw new Error(`The contract server could not list its links: ${response.status}`);
      const { pagination } = (await response.json()) as { pagination: { total_count: number } };
      return pagination.total_count;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      process.kill(child.pid as number, 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
