import type { TopicLabel } from './topic-labels';

/**
 * Training-side changes to the shipped site -> topic map (stackexchange-titles/site_topics.tsv). The
 * held-out titles are always scored with the shipped map; these only change what the model learns from.
 * `weight` scales the site's share of its topic's sample (1 = the default sqrt-of-size share).
 */
export const SITE_TRAINING_OVERRIDES: Record<string, { topic?: TopicLabel; weight?: number }> = {};

/** Titles sampled per topic for training (fewer when the topic's sites hold fewer). */
export const TITLES_PER_TOPIC = 7000;

/** Topics sampled more: coding spans ten sites and is most of what users ask chat assistants. */
export const TITLES_PER_TOPIC_OVERRIDES: Partial<Record<TopicLabel, number>> = { coding: 14000 };

/** Share of each site's training rows set aside as dev (natural site distribution, like the held-out files). */
export const TITLE_DEV_FRACTION = 0.03;
