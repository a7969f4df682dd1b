import { TOPIC_LABELS } from '../../plugins/topic/spec';

/** The topic classifier's labels come from its spec (plugins/topic/spec.ts): single-label, `other` the fallback the plugins ignore. */
export { TOPIC_LABELS };

export type TopicLabel = (typeof TOPIC_LABELS)[number];

export const topicId = (label: TopicLabel): number => TOPIC_LABELS.indexOf(label);

/** Narrows a name read from a data file to a topic label, with an error naming the file. */
export function asTopicLabel(name: string, where: string): TopicLabel {
  if (!(TOPIC_LABELS as readonly string[]).includes(name)) throw new Error(`${where}: "${name}" is not a topic label (${TOPIC_LABELS.join(', ')})`);
  return name as TopicLabel;
}
