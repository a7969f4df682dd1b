/** Collects what a command writes to stdout and stderr (instead of printing it), until `restore`. */
export function captureOutput(): { stdout: string[]; stderr: string[]; restore(): void } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0);
  return { stdout, stderr, restore: () => { out.mockRestore(); err.mockRestore(); } };
}
