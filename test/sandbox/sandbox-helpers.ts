import { mkdtempSync, readFileSync } from 'node:fs';
import { type Server as HttpServer, createServer as createHttpServer } from 'node:http';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { type BuiltSandboxPlugin, buildSandboxPlugins } from '../../sandbox/build-sandbox-plugins';
import { remotePluginOutputs } from '../../sandbox/remote-plugin-builds';
import { type RemotePluginBuild } from '../../sandbox/remote-plugin-template';
import { renderMainFile } from '../../sandbox/render-main-file';

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

/** A remote plugin's main file built with other values than the shipped ones (a short breaker cool-down for tests). */
export function mainWith(plugin: string, overrides: Partial<RemotePluginBuild>): string {
  const output = remotePluginOutputs().find((candidate) => candidate.folder === plugin);
  if (!output) throw new Error(`no remote plugin ${plugin}`);
  return renderMainFile({ ...output.build, ...overrides });
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

export interface Relay {
  url: string;
  /** From now on connections are accepted and never answered (a wedged server); open ones are cut. */
  hang(): void;
  /** From now on connections reach the server again. */
  forward(): void;
  /** Like a crash: open sockets reset, new ones refused. */
  cut(): void;
  close(): void;
}

/** A TCP relay in front of the server on `targetPort`, which can make it hang or crash. */
export async function startRelay(targetPort: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let hanging = false;
  const relay: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (hanging) {
      client.on('data', () => undefined);
      client.on('error', () => undefined);
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    for (const socket of [client, upstream]) {
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as { port: number };
  const resetAll = (): void => {
    for (const socket of sockets) socket.resetAndDestroy();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    hang: () => {
      hanging = true;
      resetAll();
    },
    forward: () => {
      hanging = false;
    },
    cut: () => {
      relay.close();
      resetAll();
    },
    close: () => {
      relay.close();
      for (const socket of sockets) socket.destroy();
    },
  };
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
