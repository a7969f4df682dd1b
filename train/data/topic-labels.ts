/**
 * The topic classifier's labels, in the model's id order: single-label, `other` is the fallback
 * the plugins ignore. `writing` is a request to write or edit text; `language` is translation and grammar.
 */
export const TOPIC_LABELS = [
  'coding',
  'technology',
  'math',
  'science',
  'health',
  'food',
  'business_finance',
  'education',
  'travel',
  'entertainment',
  'relationships',
  'politics',
  'legal',
  'humanities',
  'language',
  'writing',
  'home_hobbies',
  'shopping',
  'small_talk',
  'other',
] as const;

export type TopicLabel = (typeof TOPIC_LABELS)[number];

export const topicId = (label: TopicLabel): number => TOPIC_LABELS.indexOf(label);

/** Narrows a name read from a data file to a topic label, with an error naming the file. */
export function asTopicLabel(name: string, where: string): TopicLabel {
  if (!(TOPIC_LABELS as readonly string[]).includes(name)) throw new Error(`${where}: "${name}" is not a topic label (${TOPIC_LABELS.join(', ')})`);
  return name as TopicLabel;
}
