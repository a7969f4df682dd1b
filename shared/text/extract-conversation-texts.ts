import { type ConversationTexts, EVENT_READERS } from './event-readers';
import { isRecord } from './json-values';
import { IGNORE_SHAPE_NOTES, type ShapeNotes, collectShapeNotes } from './shape-notes';

export type { ConversationTexts } from './event-readers';

/** What extraction saw: the texts, which event reader read them, the shapes read, and the shapes no reader knows. */
export interface ConversationReading extends ConversationTexts {
  reader?: string;
  shapesRead: string[];
  unknownShapes: string[];
}

/** Reads an event with the first reader of EVENT_READERS that holds it; sides without text are left out. */
function readWith(eventName: string, properties: unknown, notes: ShapeNotes): ConversationTexts & { reader?: string } {
  if (!isRecord(properties)) return {};
  const reader = EVENT_READERS.find((candidate) => candidate.holds(eventName, properties));
  if (reader === undefined) return {};
  const { userText, agentText } = reader.read(properties, notes);
  return { ...(userText === undefined ? {} : { userText }), ...(agentText === undefined ? {} : { agentText }), reader: reader.producer };
}

/**
 * The user and assistant texts of an LLM event (DESIGN.md "Data contract"): the user side only when the event
 * answers the user's latest turn, the assistant side from its first assistant message with text; never system,
 * developer or tool text, privacy-mode nulls or redaction placeholders. Anything else gives no text.
 */
export function extractConversationTexts(eventName: string, properties: Record<string, unknown> | undefined): ConversationTexts {
  const { reader: _, ...texts } = readWith(eventName, properties, IGNORE_SHAPE_NOTES);
  return texts;
}

/** The same reading, with the shapes no reader knows noted (what the conformance tests check on every recorded event). */
export function readConversation(eventName: string, properties: unknown): ConversationReading {
  const notes = collectShapeNotes();
  const reading = readWith(eventName, properties, notes);
  return { ...reading, shapesRead: [...notes.shapesRead], unknownShapes: notes.unknownShapes };
}
