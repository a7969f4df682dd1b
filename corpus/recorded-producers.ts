import type { ProducerScenarios } from './scenario';
import { anthropicScenarios } from './scenarios/anthropic-scenarios';
import { geminiScenarios } from './scenarios/gemini-scenarios';
import { langChainScenarios } from './scenarios/langchain-scenarios';
import { openAiChatScenarios } from './scenarios/openai-chat-scenarios';
import { openAiResponsesScenarios } from './scenarios/openai-responses-scenarios';
import { vercelScenarios } from './scenarios/vercel-scenarios';

/** Every producer the corpus records with the real SDKs; one fixture file each. */
export const RECORDED_PRODUCERS: ProducerScenarios[] = [openAiChatScenarios, openAiResponsesScenarios, anthropicScenarios, geminiScenarios, vercelScenarios, langChainScenarios];
