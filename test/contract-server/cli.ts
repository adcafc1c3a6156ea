// Runs the contract server on its own, for the example app and benchmarks:
//   node --import tsx test/contract-server/cli.ts [--port 4010] [--token <bearer token>]
// Prints the base URL on stdout (one line), then serves until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { startContractServer } from './startContractServer';

const { values } = parseArgs({ options: { port: { type: 'string' }, token: { type: 'string' } } });
const server = await startContractServer({ port: values.port ? Number(values.port) : 0, accessToken: values.token });
console.log(server.url);
console.error(`contract server ready in ${server.startupMs.toFixed(0)} ms; bearer token: ${server.accessToken}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
