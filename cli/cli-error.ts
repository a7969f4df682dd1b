/** Something the user gave (flag, file, setting) is unusable: exit code 2, with a message that names it and the fix. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command could not do its job (network, checksum, disk): exit code 1. */
export class CommandFailure extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'CommandFailure';
  }
}

/** The first line of an error's message: multi-line native errors would break the one-line promise. */
export function firstLine(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0];
  return String(error).split('\n')[0];
}
