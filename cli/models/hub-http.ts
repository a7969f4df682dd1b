import { createWriteStream } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { CommandFailure } from '../cli-error';

const TIMEOUT_MS = Number(process.env.LLM_CLASSIFY_HTTP_TIMEOUT_MS ?? 30_000);
const MAX_REDIRECTS = 5;
const USER_AGENT = 'llm-classify (posthog-llm-classifiers)';

/** The hub (or the network to it) is not there: the caller reports it in one line and installs nothing. */
export class HubUnreachableError extends CommandFailure {
  constructor(
    readonly hubUrl: string,
    readonly reason: string,
  ) {
    super(`cannot reach the model hub at ${hubUrl} (${reason}); nothing was installed; check the network or proxy, or install a copied model folder with \`llm-classify models download NAME --from DIR\``);
  }
}

/** What the hub states about one file before we download it (huggingface_hub reads the same headers). */
export interface HubFileInfo {
  status: number;
  /** `x-repo-commit`: the commit the revision resolved to. */
  commit?: string;
  /** `x-linked-etag` of an LFS file: its sha256. */
  lfsSha256?: string;
  /** `etag` of a non-LFS file: its git blob sha1. */
  gitBlobSha1?: string;
  size?: number;
  /** Where the bytes are (the LFS CDN for large files). */
  downloadUrl: string;
}

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPROTO', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);

function describeNetworkError(error: NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  const host = (error as { hostname?: string }).hostname;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS lookup of ${host ?? 'the host'} failed: ${code}`;
  return code ? `${code}${error.message.includes(code) ? '' : `: ${error.message}`}`.split('\n')[0] : error.message.split('\n')[0];
}

function send(url: URL, method: 'HEAD' | 'GET', headers: Record<string, string>): Promise<IncomingMessage> {
  const client = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method, headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'identity', ...headers } }, resolve);
    request.setTimeout(TIMEOUT_MS, () => request.destroy(Object.assign(new Error(`no answer within ${TIMEOUT_MS / 1000}s`), { code: 'ETIMEDOUT' })));
    request.on('error', reject);
    request.end();
  });
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function cleanEtag(etag: string | undefined): string | undefined {
  return etag?.replace(/^W\//, '').replace(/"/g, '').trim() || undefined;
}

/**
 * HEAD of `<hub>/<repo>/resolve/<revision>/<path>` without following the redirect to the LFS CDN, whose
 * headers would not carry the hub's checksums; same-host redirects (a renamed repo) are followed.
 */
export async function headHubFile(hubUrl: string, fileUrl: string): Promise<HubFileInfo> {
  let url = new URL(fileUrl);
  const info: Omit<HubFileInfo, 'status' | 'downloadUrl'> = {};
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: IncomingMessage;
    try {
      response = await send(url, 'HEAD', {});
    } catch (error) {
      const errno = error as NodeJS.ErrnoException;
      if (NETWORK_ERROR_CODES.has(errno.code ?? '')) throw new HubUnreachableError(hubUrl, describeNetworkError(errno));
      throw new HubUnreachableError(hubUrl, (error as Error).message.split('\n')[0]);
    }
    response.resume();
    info.commit ??= header(response, 'x-repo-commit');
    const linked = cleanEtag(header(response, 'x-linked-etag'));
    if (linked && /^[0-9a-f]{64}$/.test(linked)) info.lfsSha256 ??= linked;
    const linkedSize = header(response, 'x-linked-size') ?? (response.statusCode === 200 ? header(response, 'content-length') : undefined);
    if (linkedSize !== undefined && info.size === undefined) info.size = Number(linkedSize);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400) {
      const location = header(response, 'location');
      if (!location) throw new CommandFailure(`the hub answered HTTP ${status} without a Location for ${url.pathname}`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) return { ...info, status: 200, downloadUrl: next.toString() };
      url = next;
      continue;
    }
    if (status === 200) {
      const etag = cleanEtag(header(response, 'etag'));
      if (!info.lfsSha256 && etag && /^[0-9a-f]{40}$/.test(etag)) info.gitBlobSha1 = etag;
    }
    return { ...info, status, downloadUrl: url.toString() };
  }
  throw new CommandFailure(`the hub redirected more than ${MAX_REDIRECTS} times for ${fileUrl}`);
}

/**
 * Downloads `url` into `partPath`, resuming from `offset` bytes with a Range request when the server allows
 * it (206), starting over when it does not (200). Reports bytes as they arrive.
 */
export async function downloadToPart(hubUrl: string, url: string, partPath: string, offset: number, onBytes: (total: number) => void): Promise<void> {
  let current = new URL(url);
  let response: IncomingMessage | undefined;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    try {
      response = await send(current, 'GET', offset > 0 ? { range: `bytes=${offset}-` } : {});
    } catch (error) {
      const errno = error as NodeJS.ErrnoException;
      throw new HubUnreachableError(hubUrl, describeNetworkError(errno));
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      current = new URL(response.headers.location, current);
      continue;
    }
    break;
  }
  if (!response) throw new CommandFailure(`no answer for ${url}`);
  const status = response.statusCode ?? 0;
  if (status === 416 && offset > 0) {
    // The part file already holds every byte; the checksum check decides whether it is right.
    response.resume();
    return;
  }
  if (status !== 200 && status !== 206) {
    response.resume();
    throw new CommandFailure(`the hub answered HTTP ${status} for ${new URL(url).pathname}`);
  }
  const append = status === 206;
  let written = append ? offset : 0;
  const out = createWriteStream(partPath, { flags: append ? 'a' : 'w' });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      out.destroy();
      reject(new CommandFailure(`download of ${new URL(url).pathname} was interrupted (${describeNetworkError(error as NodeJS.ErrnoException)}); run the same command again to resume`));
    };
    response.on('data', (chunk: Buffer) => {
      written += chunk.length;
      onBytes(written);
    });
    response.on('error', fail);
    response.on('aborted', () => fail(new Error('connection closed early')));
    response.pipe(out);
    out.on('finish', () => {
      if (!response.complete) fail(new Error('connection closed early'));
      else resolve();
    });
    out.on('error', reject);
  });
}
