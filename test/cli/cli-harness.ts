import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const PACKAGE_DIR = join(__dirname, '..', '..');
export const CLI = join(PACKAGE_DIR, 'dist', 'cli', 'main.js');

/** Jest's global setup builds dist/ when sources are newer (see test/helpers/build-dist.ts); this only checks it is there. */
export function ensureBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it first)`);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command as a child process (asynchronously, so a fake hub in this process keeps answering). */
export function runCli(args: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? PACKAGE_DIR,
      // No real hub, ever: anything that forgets --hub-url hits a closed loopback port.
      env: { ...process.env, LLM_CLASSIFY_HUB_URL: 'http://127.0.0.1:9', HF_ENDPOINT: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export interface FakeHubFile {
  content: Buffer;
  lfs: boolean;
}

export interface FakeHubOptions {
  /** repo ("owner/name") -> file path -> file. */
  repos: Record<string, Record<string, FakeHubFile>>;
  commit?: string;
  /** "repo/path" whose stated sha256 (x-linked-etag) is wrong, as a tampered mirror would state. */
  wrongStatedSha256?: Set<string>;
  /** "repo/path" whose first GET is cut off after this many bytes. */
  cutFirstDownload?: { key: string; afterBytes: number };
}

export interface FakeHub {
  url: string;
  requests: Array<{ method: string; path: string; range?: string }>;
  close(): Promise<void>;
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');
const gitBlobSha1 = (content: Buffer): string => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');

/**
 * A loopback stand-in for the Hugging Face hub's resolve endpoint: non-LFS files answer 200 with their git blob
 * sha1 as ETag; LFS files answer 302 to a CDN path with x-linked-etag (sha256) and x-linked-size; the CDN honours Range.
 */
export async function startFakeHub(options: FakeHubOptions): Promise<FakeHub> {
  const commit = options.commit ?? 'a'.repeat(40);
  const requests: FakeHub['requests'] = [];
  let cutDone = false;
  const server = http.createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push({ method: request.method ?? '', path, range: request.headers.range });
    const resolveMatch = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path);
    const cdnMatch = /^\/cdn\/([^/]+\/[^/]+)\/(.+)$/.exec(path);
    const match = resolveMatch ? { repo: resolveMatch[1], file: resolveMatch[3] } : cdnMatch ? { repo: cdnMatch[1], file: cdnMatch[2] } : undefined;
    const file = match ? options.repos[match.repo]?.[match.file] : undefined;
    if (!match || !file) {
      response.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end();
      return;
    }
    const key = `${match.repo}/${match.file}`;
    if (resolveMatch && file.lfs) {
      const stated = options.wrongStatedSha256?.has(key) ? 'f'.repeat(64) : sha256(file.content);
      response.writeHead(302, { location: `/cdn/${key}`, 'x-repo-commit': commit, 'x-linked-etag': `"${stated}"`, 'x-linked-size': String(file.content.length), etag: `"${stated}"` }).end();
      return;
    }
    let body = file.content;
    const headers: Record<string, string> = { 'accept-ranges': 'bytes' };
    if (resolveMatch) Object.assign(headers, { 'x-repo-commit': commit, etag: `"${gitBlobSha1(file.content)}"` });
    let status = 200;
    const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
    if (range && cdnMatch) {
      const start = Number(range[1]);
      if (start >= body.length) {
        response.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
        return;
      }
      headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
      body = body.subarray(start);
      status = 206;
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    if (options.cutFirstDownload?.key === key && !cutDone) {
      cutDone = true;
      // Give the bytes time to reach the client before the connection drops, as a flaky network would.
      response.write(body.subarray(0, options.cutFirstDownload.afterBytes), () => setTimeout(() => response.destroy(), 100));
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A loopback port nobody listens on: the stand-in for "huggingface.co cannot be reached". */
export async function closedLoopbackPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
