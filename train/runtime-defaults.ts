import { SHARED_SETTINGS } from '../shared';

/** The plugins' default `maxTokens`: texts are trained and scored cut where the plugins cut them. */
export const RUNTIME_MAX_TOKENS = SHARED_SETTINGS.maxTokens.default;
