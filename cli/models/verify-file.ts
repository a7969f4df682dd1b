import { CommandFailure } from '../cli-error';
import type { FileHashes } from './file-hashes';
import type { VerifiedBy } from './install-record';

/** Every checksum we know for one file, from the manifest, the lock file, the hub's headers or a local copy's record. */
export interface ExpectedChecksums {
  pinnedSha256?: string;
  lockedSha256?: string;
  hubLfsSha256?: string;
  hubGitBlobSha1?: string;
  sourceSha256?: string;
  size?: number;
}

/**
 * Checks a file against every checksum known for it (all must agree) and says which one vouches for it,
 * strongest first; `undefined` means nothing vouches for it (trust on first use is the caller's decision).
 */
export function verifyFile(label: string, hashes: FileHashes, expected: ExpectedChecksums): VerifiedBy | undefined {
  const checks: Array<[VerifiedBy, string | undefined, string, string]> = [
    ['pinned', expected.pinnedSha256, hashes.sha256, 'sha256 pinned in models/manifest.json'],
    ['lock-file', expected.lockedSha256, hashes.sha256, 'sha256 recorded in manifest.lock.json'],
    ['hub-lfs-sha256', expected.hubLfsSha256, hashes.sha256, "sha256 the hub states (x-linked-etag)"],
    ['hub-git-sha1', expected.hubGitBlobSha1, hashes.gitBlobSha1, 'git blob sha1 the hub states (etag)'],
    ['source-checksums', expected.sourceSha256, hashes.sha256, "sha256 in the local copy's checksum file"],
  ];
  for (const [, want, got, what] of checks) {
    if (want !== undefined && want !== got) throw new CommandFailure(`${label}: checksum mismatch, got ${got} but the ${what} is ${want}; the file was discarded and nothing was installed`);
  }
  if (expected.size !== undefined && Number.isFinite(expected.size) && expected.size !== hashes.size) {
    throw new CommandFailure(`${label}: size mismatch, got ${hashes.size} bytes but expected ${expected.size}; the file was discarded and nothing was installed`);
  }
  return checks.find(([, want]) => want !== undefined)?.[0];
}
