/** A setting the user must fix; the message names the field, the value given and what is accepted. */
export class SettingsError extends Error {
  /** The CLI's exit code for "fix what you gave me". */
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}
