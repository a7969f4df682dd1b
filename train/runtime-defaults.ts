import { sharedSettingDefinitions } from '../shared/settings/setting-definitions';

/** The plugins' default `maxTokens`: texts are trained and scored cut where the plugins cut them. */
export const RUNTIME_MAX_TOKENS = Number(sharedSettingDefinitions().find((setting) => setting.key === 'maxTokens')?.default);
if (!Number.isInteger(RUNTIME_MAX_TOKENS)) throw new Error('the maxTokens setting has no numeric default');
