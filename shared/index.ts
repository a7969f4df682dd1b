// The inference core's only entry point: cli/, server/, sandbox/, bench/ and the plugins import from here (a test enforces it).

// Plugins: a spec in, setupPlugin / processEvent / teardownPlugin out.
export { createClassifierPlugin, labelingStats, processEventWithOutcome, type ClassifierPlugin, type ClassifierPluginMeta, type PluginLayout } from './plugin/create-classifier-plugin';
export type { LabelOutcome } from './plugin/labeling-runtime';
export { SIDES, type ClassifierSpec, type FixtureTriggers, type ModelSlot, type Side } from './plugin/classifier-spec';
export { languagePropertyName, propertyNames } from './plugin/property-names';
export { addedProperties } from './plugin/added-properties';
export { decisionRuleFor } from './plugin/spec-decision-rule';
export { labelsOutsideSlot } from './plugin/slot-vocabulary';
export { decideLabel, type DecisionRule, type LabelDecision } from './decode/label-decision';

// Settings: one table of typed rows, from which plugin.json, flags and the server's allow-list are derived.
export { SettingsError } from './settings/settings-error';
export { type Setting, type SettingFlag, type IntegerSetting, type TextSetting, type ThresholdSetting, type YesNoSetting, type ChoiceSetting, defaultText } from './settings/setting';
export { SHARED_SETTINGS, SIDE_CHOICES } from './settings/shared-settings';
export { classifierEnabledInSuite, classifierSettingRows, prefixedKey } from './settings/classifier-settings';
export { pluginSettings } from './settings/suite-layout';
export { readSetting, type RawConfig } from './settings/read-setting';
export { parseSharedSettings } from './settings/parse-settings';
export { readSettingsObject } from './settings/settings-object';
export { parseWholeNumber, wholeNumberError } from './settings/whole-number';
export { pluginJsonFor, pluginJsonSetting, type PluginJsonHeader, type PluginJsonSetting } from './settings/plugin-json';

// Messages: what a user or a request sent is quoted only when short and plain.
export { quoted } from './quoted';

// Models and texts.
export { acquireTextClassifier, releaseTextClassifier, type ClassifierOptions } from './inference/classifier-registry';
export type { TextClassifier, ClassifierStats } from './inference/text-classifier';
export { readModelFolder, findOnnxFile, type ModelFolder, type ProblemType } from './model/model-folder';
export { EXECUTION_PROVIDERS, type ExecutionProviderChoice } from './model/execution-provider';
export { packageRoot, resolveModelDir } from './model/package-root';
export { extractConversationTexts } from './text/extract-conversation-texts';

// Language detection behind the language gate; the language-identification benchmark runs other libraries through the same rule.
export { confidentLanguage, MIN_LETTERS_FOR_LANGUAGE, type IdentifiedLanguage, type LanguageIdentifier } from './language/confident-language';
export { loadEldIdentifier, ELD_DATABASE, type LoadedIdentifier } from './language/eld-identifier';

// For the benchmark, which runs raw onnxruntime on exactly the core's inputs.
export { buildModelInputs } from './inference/model-inputs';
export { loadTokenEncoder } from './tokenizer/load-token-encoder';
export type { TokenEncoder } from './tokenizer/token-encoder';
