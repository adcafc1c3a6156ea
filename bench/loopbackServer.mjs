// The client bench's server, run as a child process (its own core on a 2-core machine): answers
// every POST with the checkout link it was sent over IPC, as Polar answers a create (201, JSON).
// Nothing else happens per request, so the time a client adds is not hidden behind server work.
// Between rounds the bench sends 'gc': the server collects its garbage (it runs with --expose-gc)
// and answers 'gc done'.
import { createServer } from 'node:http';

process.once('message', (link) => {
  const body = Buffer.from(JSON.stringify(link));
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(request.method === 'POST' ? 201 : 405, { 'Content-Type': 'application/json', 'Content-Length': body.length });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (message) => {
    if (message !== 'gc') return;
    globalThis.gc();
    process.send('gc done');
  });
  process.on('disconnect', () => server.close(() => process.exit(0)));
});
