/**
 * One setting of the suite: its key in PostHog's plugin UI (and in `--config` files and server requests), its
 * type with default and range, and the CLI flag that sets it. plugin.json, the readers, the CLI flags and their
 * --help, and the server's per-request allow-list are all derived from these rows.
 */
interface SettingBase {
  key: string;
  /** Label in PostHog's plugin UI. */
  name: string;
  hint: string;
  /** A caller of `llm-classify serve` may choose it per request (it shapes no model session or queue shared by all callers). */
  perRequest: boolean;
  flag?: SettingFlag;
  required?: boolean;
  /** PostHog's plugin UI hides the value once saved. */
  secret?: boolean;
}

/** A CLI flag that takes the setting's value (`--max-tokens 128`), or one that sets a yes/no setting (`--no-scores`). */
export type SettingFlag = { name: string; valueName: string; help: string; path?: boolean } | { name: string; sets: 'yes' | 'no'; help: string };

export interface IntegerSetting extends SettingBase {
  type: 'integer';
  min: number;
  max: number;
  default: number;
}

export interface ChoiceSetting<T extends string = string> extends SettingBase {
  type: 'choice';
  choices: readonly T[];
  default: T;
}

export interface YesNoSetting extends SettingBase {
  type: 'yesNo';
  default: boolean;
}

/** Free text (event names, URLs); `folder` is a path, relative to the package folder unless absolute. */
export interface TextSetting extends SettingBase {
  type: 'text' | 'folder';
  default: string;
}

/** A number from 0 to 1, or blank: then the model's own thresholds apply. */
export interface ThresholdSetting extends SettingBase {
  type: 'threshold';
}

export type Setting = IntegerSetting | ChoiceSetting | YesNoSetting | TextSetting | ThresholdSetting;

/** The default as PostHog's plugin UI shows it: every setting arrives as a string. */
export function defaultText(setting: Setting): string {
  switch (setting.type) {
    case 'integer':
      return String(setting.default);
    case 'yesNo':
      return setting.default ? 'yes' : 'no';
    case 'threshold':
      return '';
    default:
      return setting.default;
  }
}
