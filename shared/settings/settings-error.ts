/** A setting the user must fix; the message names the field, the value given and what is accepted. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}
