import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';

export interface FileHashes {
  sha256: string;
  /** Git's blob id (sha1 of "blob <size>\0" + content): what the hub states as the ETag of a non-LFS file. */
  gitBlobSha1: string;
  size: number;
}

/** Both digests in one pass over the file, streamed so a large ONNX file is never held in memory. */
export async function hashFile(path: string): Promise<FileHashes> {
  const size = statSync(path).size;
  const sha256 = createHash('sha256');
  const gitSha1 = createHash('sha1').update(`blob ${size}\0`);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    sha256.update(chunk);
    gitSha1.update(chunk);
  }
  return { sha256: sha256.digest('hex'), gitBlobSha1: gitSha1.digest('hex'), size };
}
