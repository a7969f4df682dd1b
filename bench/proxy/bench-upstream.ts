import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The upstream of the proxy benchmark, in its own process: reads each body whole and answers as capture does,
// after `--delay-ms` (0 by default: then the ratios show the proxy's cost against the cheapest possible upstream).
const delayAt = process.argv.indexOf('--delay-ms');
const delayMs = delayAt >= 0 ? Number(process.argv[delayAt + 1]) : 0;

const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const answer = (): void => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"Ok"}');
    };
    if (delayMs > 0) setTimeout(answer, delayMs);
    else answer();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
