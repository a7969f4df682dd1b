/**
 * Label sets of the reference models, in id order, so fixture and benchmark models have the same heads.
 * Hardcoded on purpose: nothing here may read ../shared/data at run time.
 */

/** GoEmotions' 28 labels, in the order of ../shared/data/goemotions/emotions.txt (ids 0..27). */
export const EMOTION_LABELS: readonly string[] = [
  'admiration', 'amusement', 'anger', 'annoyance', 'approval', 'caring', 'confusion',
  'curiosity', 'desire', 'disappointment', 'disapproval', 'disgust', 'embarrassment', 'excitement',
  'fear', 'gratitude', 'grief', 'joy', 'love', 'nervousness', 'optimism',
  'pride', 'realization', 'relief', 'remorse', 'sadness', 'surprise', 'neutral',
];

/** The six Jigsaw labels of minuva/MiniLMv2-toxic-jigsaw-onnx. */
export const TOXICITY_LABELS: readonly string[] = [
  'toxicity', 'severe_toxicity', 'obscene', 'threat', 'insult', 'identity_hate',
];

/**
 * 21 labels shaped like minuva/MiniLMv2-userflow-v2-onnx. The first 13 are the names published on the
 * model card (minuva/MiniLMv2-userflow-v2 README, including its spellings); the last 8 are plausible
 * stand-ins, because the full id2label could not be found without the model hub.
 */
export const USER_FLOW_LABELS: readonly string[] = [
  'OTHER',
  'agrees_praising_thanking',
  'asks_source',
  'continue',
  'continue_or_finnish_code',
  'improve_or_modify_answer',
  'lack_of_understandment',
  'model_wrong_or_try_again',
  'more_listing_or_expand',
  'repeat_answers_or_question',
  'request_example',
  'user_complains_repetition',
  'user_wants_agent_to_answer',
  // stand-ins from here on (not confirmed against the real config.json)
  'user_greets',
  'user_says_goodbye',
  'user_asks_shorter_answer',
  'user_asks_longer_answer',
  'user_requests_summary',
  'user_requests_translation',
  'user_requests_code',
  'user_expresses_frustration',
];

/**
 * 9 labels shaped like minuva/MiniLMv2-agentflow-v2-onnx. `OTHER` and `agent_apology_error_mistake` are
 * published (model card, minuva/llm-flow-classification README); the other 7 are plausible stand-ins.
 */
export const AGENT_FLOW_LABELS: readonly string[] = [
  'OTHER',
  'agent_apology_error_mistake',
  // stand-ins from here on (not confirmed against the real config.json)
  'agent_apology_unsatisfactory',
  'agent_refuses_request',
  'agent_asks_clarification',
  'agent_greets',
  'agent_provides_example',
  'agent_lists_options',
  'agent_cannot_access_realtime_info',
];

/** The reference label sets by the short names the CLIs take. */
export const LABEL_SETS = {
  emotion: EMOTION_LABELS,
  toxicity: TOXICITY_LABELS,
  'user-flow': USER_FLOW_LABELS,
  'agent-flow': AGENT_FLOW_LABELS,
} as const;
export type LabelSetName = keyof typeof LABEL_SETS;

/** The Hugging Face `problem_type` each reference model declares. */
export const LABEL_SET_PROBLEM_TYPES: Record<LabelSetName, 'multi_label_classification' | 'single_label_classification'> = {
  emotion: 'multi_label_classification',
  toxicity: 'multi_label_classification',
  'user-flow': 'single_label_classification',
  'agent-flow': 'single_label_classification',
};
