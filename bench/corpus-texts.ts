import type { PluginEvent } from '@posthog/plugin-scaffold';
import { extractConversationTexts } from '../shared';

export interface CorpusTexts {
  user: string[];
  assistant: string[];
}

/** The user and assistant texts of the corpus, read by the core's own extraction (what the plugins classify). */
export function corpusTexts(events: PluginEvent[]): CorpusTexts {
  const user: string[] = [];
  const assistant: string[] = [];
  for (const event of events) {
    const { userText, agentText } = extractConversationTexts(event.event, event.properties);
    if (userText !== undefined) user.push(userText);
    if (agentText !== undefined) assistant.push(agentText);
  }
  return { user, assistant };
}

/** User and assistant texts interleaved in event order, as the plugins see them. */
export function interleavedTexts({ user, assistant }: CorpusTexts): string[] {
  const texts: string[] = [];
  for (let i = 0; i < Math.max(user.length, assistant.length); i++) {
    if (i < user.length) texts.push(user[i]);
    if (i < assistant.length) texts.push(assistant[i]);
  }
  return texts;
}
