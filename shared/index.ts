export { createClassifierPlugin, labelingStats, type ClassifierPlugin, type ClassifierPluginMeta, type PluginLayout } from './plugin/create-classifier-plugin';
export type { ClassifierSpec, ModelSlot, Side } from './plugin/classifier-spec';
export { propertyNames } from './plugin/property-names';
export { acquireTextClassifier, releaseTextClassifier, type ClassifierOptions } from './inference/classifier-registry';
export type { TextClassifier, ClassifierStats } from './inference/text-classifier';
export { readModelFolder, type ModelFolder } from './model/model-folder';
export { extractConversationTexts } from './text/extract-conversation-texts';
export { SettingsError } from './settings/settings-error';
export { pluginJsonFor } from './settings/plugin-json';
