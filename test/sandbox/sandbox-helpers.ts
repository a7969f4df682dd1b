import { mkdtempSync, readFileSync } from 'node:fs';
import { type Server as HttpServer, createServer as createHttpServer } from 'node:http';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { type BuiltSandboxPlugin, buildSandboxPlugins } from '../../sandbox/build-sandbox-plugins';

let built: BuiltSandboxPlugin[] | undefined;

/** `npm run build:sandbox` into a fresh temporary folder, once per test file. */
export function sandboxBuild(): BuiltSandboxPlugin[] {
  built ??= buildSandboxPlugins(mkdtempSync(join(tmpdir(), 'llm-sandbox-')));
  return built;
}

export function builtMain(plugin: string): string {
  const entry = sandboxBuild().find((candidate) => candidate.plugin === plugin);
  if (!entry) throw new Error(`no sandbox build for ${plugin}`);
  return readFileSync(entry.mainPath, 'utf8');
}

/** The entries of a zip archive (stored or deflated), read from its local headers. */
export function readZip(path: string): Map<string, string> {
  const data = readFileSync(path);
  const entries = new Map<string, string>();
  let offset = 0;
  while (data.readUInt32LE(offset) === 0x04034b50) {
    const method = data.readUInt16LE(offset + 8);
    const packedSize = data.readUInt32LE(offset + 18);
    const nameLength = data.readUInt16LE(offset + 26);
    const extraLength = data.readUInt16LE(offset + 28);
    const name = data.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extraLength;
    const packed = data.subarray(start, start + packedSize);
    entries.set(name, (method === 8 ? inflateRawSync(packed) : packed).toString('utf8'));
    offset = start + packedSize;
  }
  return entries;
}

/** A TCP relay in front of the server that can be cut like a crash: open sockets reset, new ones refused. */
export async function startCuttableRelay(targetPort: number): Promise<{ url: string; cut(): void }> {
  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    cut: () => {
      relay.close();
      for (const socket of sockets) socket.resetAndDestroy();
    },
  };
}

/** A server that accepts connections and never answers. */
export async function startSilentServer(): Promise<{ url: string; close(): void }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => { server.close(); sockets.forEach((socket) => socket.destroy()); } };
}

/** An HTTP server answering every request with the same status and body. */
export async function startFixedReplyServer(status: number, body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: HttpServer = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
