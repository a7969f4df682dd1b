import type { Turn } from './conversation-turns';

/** Turns of the conversation itself: instructions (system, developer) and producer notes left out. */
const conversationOnly = (turns: Turn[]): Turn[] => turns.filter((turn) => turn.speaker !== 'instructions' && turn.speaker !== 'note');

/**
 * The user's latest turn, only when this generation answers it: the last turn is the user's and holds words.
 * A tool answer last means the model is mid agent-loop; the user's turn was labeled on the event that first carried it.
 */
export function latestUserText(turns: Turn[]): string | undefined {
  const last = conversationOnly(turns).at(-1);
  return last?.speaker === 'user' ? last.text : undefined;
}

/** A generation's reply: the first assistant turn with words, after any reasoning, search or tool-call items. */
export function firstAssistantText(turns: Turn[]): string | undefined {
  return turns.find((turn) => turn.speaker === 'assistant' && turn.text !== undefined)?.text;
}

/** A run's answer: the last turn of its final state, when that is the assistant's and holds words. */
export function finalAssistantText(turns: Turn[]): string | undefined {
  const last = conversationOnly(turns).at(-1);
  return last?.speaker === 'assistant' ? last.text : undefined;
}
