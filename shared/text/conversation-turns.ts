import { contentText, holdsOnlyToolResults } from './content-text';
import { type JsonRecord, decodeJsonText, describeShape, isRecord } from './json-values';
import { joinTexts, ownText } from './own-text';
import type { ShapeNotes } from './shape-notes';

/**
 * Who a message or item speaks for: `instructions` (system, developer) and `note` (producer markers) are not the
 * conversation; `unknown` (a role no producer uses) is, so that it is never taken for the user.
 */
export type Speaker = 'instructions' | 'user' | 'assistant' | 'tool' | 'note' | 'unknown';

export interface Turn {
  speaker: Speaker;
  /** The speaker's own words; absent for tool calls, media only, privacy-mode nulls, placeholders. */
  text?: string;
}

/** Message roles across producers (LangChain's own names `human` and `ai`, Gemini's `model`, the Vercel wrapper's `posthog` marker). */
const ROLE_SPEAKERS: Record<string, Speaker> = {
  system: 'instructions', developer: 'instructions',
  user: 'user', human: 'user',
  assistant: 'assistant', ai: 'assistant', model: 'assistant',
  tool: 'tool', function: 'tool',
  posthog: 'note',
};

/** OpenAI Responses API items that are not messages: the model's own steps, or a tool's answer to one. */
const RESPONSE_ITEM_SPEAKERS: Record<string, Speaker> = {
  reasoning: 'assistant', function_call: 'assistant', custom_tool_call: 'assistant', web_search_call: 'assistant', file_search_call: 'assistant',
  computer_call: 'assistant', code_interpreter_call: 'assistant', image_generation_call: 'assistant', local_shell_call: 'assistant',
  mcp_call: 'assistant', mcp_list_tools: 'assistant', mcp_approval_request: 'assistant',
  function_call_output: 'tool', custom_tool_call_output: 'tool', computer_call_output: 'tool', local_shell_call_output: 'tool', mcp_approval_response: 'tool',
  item_reference: 'note',
};

const responseItemType = (value: unknown): string | undefined => (isRecord(value) && typeof value.type === 'string' && Object.hasOwn(RESPONSE_ITEM_SPEAKERS, value.type) ? value.type : undefined);

function speakerOf(role: string, notes: ShapeNotes): Speaker {
  if (Object.hasOwn(ROLE_SPEAKERS, role)) return ROLE_SPEAKERS[role];
  notes.unknown(`message role "${role}"`);
  return 'unknown';
}

const turnOf = (speaker: Speaker, text: string | undefined): Turn => (text === undefined ? { speaker } : { speaker, text });

/** A message's turn: its role's speaker and the own words of its content (an assistant's refusal included). */
function messageTurn(role: string, message: JsonRecord, notes: ShapeNotes): Turn {
  const speaker = speakerOf(role, notes);
  if (speaker === 'user' && holdsOnlyToolResults(message.content)) return { speaker: 'tool' };
  return turnOf(speaker, speaker === 'assistant' ? joinTexts([contentText(message.content, notes), ownText(message.refusal)]) : contentText(message.content, notes));
}

interface ItemReader {
  shape: string;
  holds(item: unknown): boolean;
  turn(item: unknown, loneTextSpeaker: Speaker, notes: ShapeNotes): Turn;
}

const record = (item: unknown): JsonRecord => item as JsonRecord;

/** One reader per kind of item a producer puts in a message list, tried in order. */
const ITEM_READERS: ItemReader[] = [
  { shape: 'plain text', holds: (item) => typeof item === 'string', turn: (item, speaker) => turnOf(speaker, ownText(item)) },
  {
    // @posthog/ai writes a Responses input item without a role as a user message holding the item as JSON text.
    shape: 'Responses item written as JSON text', holds: (item) => isRecord(item) && typeof item.content === 'string' && responseItemType(decodeJsonText(item.content)) !== undefined,
    turn: (item) => ({ speaker: RESPONSE_ITEM_SPEAKERS[responseItemType(decodeJsonText(record(item).content as string)) as string] }),
  },
  { shape: 'LangChain serialized message', holds: (item) => isRecord(item) && Array.isArray(item.lc_namespace) && typeof item.type === 'string', turn: (item, _, notes) => messageTurn(record(item).type as string, record(item), notes) },
  { shape: 'message {role, content}', holds: (item) => isRecord(item) && typeof item.role === 'string', turn: (item, _, notes) => messageTurn(record(item).role as string, record(item), notes) },
  { shape: 'Responses item', holds: (item) => responseItemType(item) !== undefined, turn: (item) => ({ speaker: RESPONSE_ITEM_SPEAKERS[responseItemType(item) as string] }) },
  { shape: 'chat choice {message}', holds: (item) => isRecord(item) && isRecord(item.message), turn: (item, speaker, notes) => itemTurn(record(item).message, speaker, notes) },
  { shape: 'completion choice {text}', holds: (item) => isRecord(item) && typeof item.text === 'string', turn: (item) => turnOf('assistant', ownText(record(item).text)) },
];

export const ITEM_SHAPES = ITEM_READERS.map((reader) => reader.shape);

/** Whether some reader knows this item (a message, a choice, a Responses item...). */
export function isConversationItem(item: unknown): boolean {
  return ITEM_READERS.some((reader) => reader.holds(item));
}

export function itemTurn(item: unknown, loneTextSpeaker: Speaker, notes: ShapeNotes): Turn {
  const reader = ITEM_READERS.find((candidate) => candidate.holds(item));
  if (reader === undefined) {
    notes.unknown(`conversation item: ${describeShape(item)}`);
    return { speaker: 'unknown' };
  }
  notes.read(reader.shape);
  return reader.turn(item, loneTextSpeaker, notes);
}
