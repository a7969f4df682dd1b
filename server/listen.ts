import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Binds `server`; a taken port is refused with a message naming the flag that picks another. */
export function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is already in use; pick another with --port, or --port 0 for a free one`) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** `http://host:port` of a bound address (IPv6 hosts in brackets). */
export function boundUrl(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Stops accepting and lets in-flight requests finish; past `drainTimeoutMs` their connections are cut. */
export async function drainServer(server: Server, drainTimeoutMs: number, log: (line: string) => void): Promise<void> {
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const cutOff = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log(`in-flight requests still running after ${drainTimeoutMs} ms; closing their connections`);
      server.closeAllConnections();
      resolve();
    }, drainTimeoutMs);
  });
  await Promise.race([drained, cutOff]);
  clearTimeout(timer);
}
