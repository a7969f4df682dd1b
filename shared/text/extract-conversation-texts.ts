/** The user and assistant texts of one LLM event; a side is absent when the event carries no usable text for it. */
export interface ConversationTexts {
  userText?: string;
  agentText?: string;
}

type Properties = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a message `content`: a string, or a list of parts of which only `{type: 'text', text}` (or bare strings) count. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const textParts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') textParts.push(part);
    else if (isRecord(part) && (part.type === 'text' || part.type === 'input_text' || part.type === 'output_text') && typeof part.text === 'string') {
      textParts.push(part.text);
    }
  }
  return textParts.length > 0 ? textParts.join('\n') : undefined;
}

/** The last message whose role is `user` (fallback: the last message) of a ChatML list, or the string itself. */
function lastUserText(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (isRecord(input)) return contentText(input.content);
  if (!Array.isArray(input) || input.length === 0) return undefined;
  const messages = input.filter(isRecord);
  const lastUser = [...messages].reverse().find((message) => message.role === 'user');
  const chosen = lastUser ?? messages[messages.length - 1];
  return chosen === undefined ? undefined : contentText(chosen.content);
}

/** Assistant text from a string, a message, or a list of messages (the `content` of each is read). */
function assistantText(output: unknown): string | undefined {
  if (typeof output === 'string') return output;
  if (isRecord(output)) return contentText(output.content) ?? (typeof output.text === 'string' ? output.text : undefined);
  if (!Array.isArray(output)) return undefined;
  const texts = output
    .map((message) => (typeof message === 'string' ? message : isRecord(message) ? assistantText(message) : undefined))
    .filter((text): text is string => text !== undefined);
  return texts.length > 0 ? texts.join('\n') : undefined;
}

/** First choice of `$ai_output_choices` (a list of messages), or the string itself. */
function firstChoiceText(choices: unknown): string | undefined {
  if (typeof choices === 'string') return choices;
  if (Array.isArray(choices)) return choices.length > 0 ? assistantText(choices[0]) : undefined;
  return assistantText(choices);
}

function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim().length > 0 ? text : undefined;
}

/**
 * Reads the user and assistant texts of an event in either schema (see DESIGN.md, "Data contract"):
 * PostHog-LLM's `llm-*` events (`$llm_input`, `$llm_output`) and PostHog LLM analytics' `$ai_generation`
 * (`$ai_input`, `$ai_output_choices`). Null values (privacy mode) and wrong types give no text.
 */
export function extractConversationTexts(eventName: string, properties: Properties | undefined): ConversationTexts {
  if (!isRecord(properties)) return {};
  const isAiGeneration = eventName === '$ai_generation' || ('$ai_input' in properties && !('$llm_input' in properties));
  const userText = isAiGeneration ? lastUserText(properties.$ai_input) : lastUserText(properties.$llm_input);
  const agentText = isAiGeneration ? firstChoiceText(properties.$ai_output_choices) : assistantText(properties.$llm_output);
  return { userText: nonBlank(userText), agentText: nonBlank(agentText) };
}
