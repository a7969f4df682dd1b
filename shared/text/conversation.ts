import { type Speaker, type Turn, isConversationItem, itemTurn } from './conversation-turns';
import { type JsonRecord, describeShape, isRecord } from './json-values';
import type { ShapeNotes } from './shape-notes';

interface ConversationReader {
  shape: string;
  holds(value: unknown): boolean;
  items(value: unknown): unknown[];
}

const listAt = (key: string) => (value: unknown): boolean => isRecord(value) && Array.isArray(value[key]);
const itemsAt = (key: string) => (value: unknown): unknown[] => (value as JsonRecord)[key] as unknown[];

/** One reader per shape a whole input, output or state comes in; each gives the items to read as turns. */
const CONVERSATION_READERS: ConversationReader[] = [
  { shape: 'list of messages or items', holds: Array.isArray, items: (value) => value as unknown[] },
  { shape: 'chat completion {choices} (LiteLLM, LangChain Python `$ai_output`)', holds: listAt('choices'), items: itemsAt('choices') },
  { shape: 'Responses object {output} (LiteLLM)', holds: listAt('output'), items: itemsAt('output') },
  { shape: 'state {messages} (LangGraph)', holds: listAt('messages'), items: itemsAt('messages') },
  { shape: 'LangChain prompt value', holds: (value) => isRecord(value) && listAt('messages')(value.lc_kwargs), items: (value) => itemsAt('messages')((value as JsonRecord).lc_kwargs) },
  { shape: 'one text, message or choice', holds: (value) => typeof value === 'string' || isConversationItem(value), items: (value) => [value] },
];

export const CONVERSATION_SHAPES = CONVERSATION_READERS.map((reader) => reader.shape);

/** Whether a value is a conversation shape at all (a trace state may be anything). */
export function holdsConversation(value: unknown): boolean {
  return CONVERSATION_READERS.some((reader) => reader.holds(value));
}

/** The turns of a value: `loneTextSpeaker` says whose a plain string is (the user's in an input, the assistant's in an output). */
export function conversationTurns(value: unknown, loneTextSpeaker: Speaker, notes: ShapeNotes): Turn[] {
  if (value === undefined || value === null) return [];
  const reader = CONVERSATION_READERS.find((candidate) => candidate.holds(value));
  if (reader === undefined) {
    notes.unknown(`conversation: ${describeShape(value)}`);
    return [];
  }
  notes.read(reader.shape);
  return reader.items(value).map((item) => itemTurn(item, loneTextSpeaker, notes));
}
