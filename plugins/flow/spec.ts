import type { ClassifierSpec } from '../../shared';

/** Conversational flow: a user-flow model for user turns, an agent-flow model for assistant turns, single-label; `OTHER` below the threshold. */
export const flowSpec: ClassifierSpec = {
  name: 'flow',
  displayName: 'Flow',
  description: 'Labels what a user turn does (thanks, asks for more, says the answer is wrong...) and what an assistant turn does (apologises, refuses...) (user_flow, agent_flow).',
  propertyStem: 'flow',
  listPropertyStem: 'flows',
  fallbackLabel: 'OTHER',
  ignoredLabels: ['OTHER'],
  scoreRule: 'label',
  defaultThreshold: 0.3,
  models: [
    {
      id: 'user-flow',
      settingKey: 'userModelDir',
      settingName: 'User-flow model folder',
      sides: ['user'],
      defaultDir: 'models/default-user-flow',
      // minuva/MiniLMv2-userflow-v2-onnx config.json id2label, its spellings included.
      labels: [
        'OTHER', 'agrees_praising_thanking', 'asks_source', 'continue', 'continue_or_finnish_code', 'improve_or_modify_answer',
        'lack_of_understandment', 'model_wrong_or_try_again', 'more_listing_or_expand', 'repeat_answers_or_question', 'request_example',
        'user_complains_repetition', 'user_doubts_answer', 'user_goodbye', 'user_reminds_question', 'user_wants_agent_to_answer',
        'user_wants_explanation', 'user_wants_more_detail', 'user_wants_shorter_longer_answer', 'user_wants_simplier_explanation',
        'user_wants_yes_or_no',
      ],
      problemType: 'single_label_classification',
      fixture: {
        tokenizer: 'wordpiece',
        triggers: {
          thanks: { agrees_praising_thanking: 0.95 },
          source: { asks_source: 0.95 },
          continue: { continue: 0.95 },
          finish: { continue_or_finnish_code: 0.95 },
          improve: { improve_or_modify_answer: 0.95 },
          understand: { lack_of_understandment: 0.95 },
          wrong: { model_wrong_or_try_again: 0.95 },
          more: { more_listing_or_expand: 0.95 },
          repeat: { repeat_answers_or_question: 0.95 },
          example: { request_example: 0.95 },
          repeating: { user_complains_repetition: 0.95 },
          doubt: { user_doubts_answer: 0.95 },
          goodbye: { user_goodbye: 0.95 },
          remind: { user_reminds_question: 0.95 },
          answer: { user_wants_agent_to_answer: 0.95 },
          explain: { user_wants_explanation: 0.95 },
          detail: { user_wants_more_detail: 0.95 },
          shorter: { user_wants_shorter_longer_answer: 0.95 },
          simpler: { user_wants_simplier_explanation: 0.95 },
          yes: { user_wants_yes_or_no: 0.95 },
          // Weakly leaning: 0.25, under the default threshold 0.3.
          maybe: { more_listing_or_expand: 0.25 },
        },
      },
    },
    {
      id: 'agent-flow',
      settingKey: 'agentModelDir',
      settingName: 'Agent-flow model folder',
      sides: ['agent'],
      defaultDir: 'models/default-agent-flow',
      // minuva/MiniLMv2-agentflow-v2-onnx config.json id2label.
      labels: [
        'OTHER', 'agent_apology_error_mistake', 'agent_apology_unsatisfactory', 'agent_didnt_understand', 'agent_limited_capabilities',
        'agent_refuses_answer', 'image_limitations', 'no_information_doesnt_know', 'success_and_followup_assistance',
      ],
      problemType: 'single_label_classification',
      fixture: {
        tokenizer: 'wordpiece',
        triggers: {
          sorry: { agent_apology_error_mistake: 0.95 },
          unfortunately: { agent_apology_unsatisfactory: 0.95 },
          clarify: { agent_didnt_understand: 0.95 },
          internet: { agent_limited_capabilities: 0.95 },
          cannot: { agent_refuses_answer: 0.95 },
          image: { image_limitations: 0.95 },
          unsure: { no_information_doesnt_know: 0.95 },
          welcome: { success_and_followup_assistance: 0.95 },
        },
      },
    },
  ],
};
