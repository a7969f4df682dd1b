import { conversationTurns, holdsConversation } from './conversation';
import { finalAssistantText, firstAssistantText, latestUserText } from './conversation-sides';
import type { Speaker, Turn } from './conversation-turns';
import { type JsonRecord, isRecord } from './json-values';
import { ownText } from './own-text';
import { type ShapeNotes, withoutUnknowns } from './shape-notes';

/** The user and assistant texts of one LLM event; a side is absent when the event carries no usable text for it. */
export interface ConversationTexts {
  userText?: string;
  agentText?: string;
}

export interface EventReader {
  /** Which producer's events, and what is read from them (README "Events read"). */
  producer: string;
  holds(eventName: string, properties: JsonRecord): boolean;
  read(properties: JsonRecord, notes: ShapeNotes): ConversationTexts;
}

const holdsAny = (properties: JsonRecord, ...keys: string[]): boolean => keys.some((key) => key in properties);

function generationTexts(input: unknown, output: unknown, notes: ShapeNotes): ConversationTexts {
  return { userText: latestUserText(conversationTurns(input, 'user', notes)), agentText: firstAssistantText(conversationTurns(output, 'assistant', notes)) };
}

/** An embedding's input is the user's text when it is one text (a query); a batch is documents being indexed. */
function embeddedText(input: unknown): string | undefined {
  if (Array.isArray(input)) return input.length === 1 ? ownText(input[0]) : undefined;
  return ownText(input);
}

/** A state's one string field: a prompt template's only variable (`{question}`), an agent's `{input}` or `{output}`. */
function soleText(state: unknown): string | undefined {
  if (!isRecord(state)) return undefined;
  const values = Object.values(state);
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}

/**
 * A trace or span state as turns. Message states (a list, `{messages}`, LangChain messages) always count; plain text
 * only for a trace, the run's own input and output: a span's text is a tool's or a retriever's, never read.
 * States are the app's own data, so shapes no reader knows are not noted.
 */
function stateTurns(state: unknown, speaker: Speaker, readsPlainText: boolean, notes: ShapeNotes): Turn[] {
  const text = typeof state === 'string' ? state : soleText(state);
  if (text !== undefined) return readsPlainText ? conversationTurns(text, speaker, notes) : [];
  return holdsConversation(state) ? conversationTurns(state, speaker, withoutUnknowns(notes)) : [];
}

function stateTexts(properties: JsonRecord, readsPlainText: boolean, notes: ShapeNotes): ConversationTexts {
  return {
    userText: latestUserText(stateTurns(properties.$ai_input_state, 'user', readsPlainText, notes)),
    agentText: finalAssistantText(stateTurns(properties.$ai_output_state, 'assistant', readsPlainText, notes)),
  };
}

/** One reader per producer shape, chosen by what the event holds; the first that holds reads it. */
export const EVENT_READERS: EventReader[] = [
  {
    producer: 'PostHog-LLM `llm-*`: the latest user turn of `$llm_input`, the first assistant text of `$llm_output`',
    holds: (_, properties) => holdsAny(properties, '$llm_input', '$llm_output'),
    read: (properties, notes) => generationTexts(properties.$llm_input, properties.$llm_output, notes),
  },
  {
    producer: '`$ai_embedding`: its input when it is one text, as the user side',
    holds: (eventName) => eventName === '$ai_embedding',
    read: (properties) => ({ userText: embeddedText(properties.$ai_input) }),
  },
  {
    producer: '`$ai_trace`: `$ai_input_state` and `$ai_output_state` (messages, or one text)',
    holds: (eventName) => eventName === '$ai_trace',
    read: (properties, notes) => stateTexts(properties, true, notes),
  },
  {
    producer: '`$ai_span`: `$ai_input_state` and `$ai_output_state` when they hold messages',
    holds: (eventName) => eventName === '$ai_span',
    read: (properties, notes) => stateTexts(properties, false, notes),
  },
  {
    producer: '`$ai_generation`: the latest user turn of `$ai_input`, the first assistant text of `$ai_output_choices` (or `$ai_output`)',
    holds: (_, properties) => holdsAny(properties, '$ai_input', '$ai_output_choices', '$ai_output'),
    read: (properties, notes) => generationTexts(properties.$ai_input, properties.$ai_output_choices ?? properties.$ai_output, notes),
  },
];
