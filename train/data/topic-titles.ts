import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../example';
import { SeededRandom } from '../../modelgen/seeded-random';
import { asTopicLabel, topicId, type TopicLabel } from './topic-labels';
import { SITE_TRAINING_OVERRIDES, TITLE_DEV_FRACTION, TITLES_PER_TOPIC, TITLES_PER_TOPIC_OVERRIDES } from './topic-sites';
import type { Splits } from './split-by-source';

const SOURCE = 'stackexchange';

/** site -> proposed topic, as shipped in site_topics.tsv. */
export function shippedSiteTopics(dataDir: string): Map<string, TopicLabel> {
  const file = join(dataDir, 'stackexchange-titles', 'site_topics.tsv');
  const map = new Map<string, TopicLabel>();
  for (const row of readTsv(file)) map.set(row['site'], asTopicLabel(row['proposed_topic'], file));
  return map;
}

function readTsv(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0);
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

function titlesBySite(file: string): Map<string, string[]> {
  const bySite = new Map<string, string[]>();
  for (const row of readTsv(file)) bySite.set(row['site'], [...(bySite.get(row['site']) ?? []), row['text']]);
  return bySite;
}

/** Each site's quota of its topic's budget: proportional to sqrt(size) x weight, capped by what the site holds. */
function siteQuotas(sizes: Map<string, number>, weights: Map<string, number>, budget: number): Map<string, number> {
  const quotas = new Map<string, number>();
  let open = [...sizes.keys()];
  let left = budget;
  while (open.length > 0 && left > 0) {
    const share = open.reduce((sum, site) => sum + Math.sqrt(sizes.get(site) ?? 0) * (weights.get(site) ?? 1), 0);
    const capped = open.filter((site) => (left * Math.sqrt(sizes.get(site) ?? 0) * (weights.get(site) ?? 1)) / share >= (sizes.get(site) ?? 0));
    if (capped.length === 0) {
      for (const site of open) quotas.set(site, Math.round((left * Math.sqrt(sizes.get(site) ?? 0) * (weights.get(site) ?? 1)) / share));
      break;
    }
    for (const site of capped) {
      quotas.set(site, sizes.get(site) ?? 0);
      left -= sizes.get(site) ?? 0;
    }
    open = open.filter((site) => !capped.includes(site));
  }
  return quotas;
}

/**
 * Question titles: train.tsv gives a per-topic, per-site subsample for training and a small dev slice
 * at the natural site mix; dev.tsv, mapped with the shipped site_topics.tsv, is the held-out set.
 */
export function loadTitles(dataDir: string, seed: number): Splits & { notes: string[] } {
  const shipped = shippedSiteTopics(dataDir);
  const trainTopic = (site: string): TopicLabel | undefined => SITE_TRAINING_OVERRIDES[site]?.topic ?? shipped.get(site);
  const rng = new SeededRandom(seed + 11);
  const pools = new Map<string, string[]>();
  const dev: Example[] = [];
  for (const [site, titles] of titlesBySite(join(dataDir, 'stackexchange-titles', 'train.tsv'))) {
    const topic = trainTopic(site);
    if (topic === undefined) continue;
    const shuffled = rng.shuffle([...titles]);
    const nDev = Math.round(shuffled.length * TITLE_DEV_FRACTION);
    dev.push(...shuffled.slice(0, nDev).map((text) => ({ text, labels: [topicId(shipped.get(site) ?? topic)], source: SOURCE })));
    pools.set(site, shuffled.slice(nDev));
  }
  const train: Example[] = [];
  const perTopic = new Map<TopicLabel, number>();
  const topics = [...new Set([...pools.keys()].map((site) => trainTopic(site) as TopicLabel))];
  for (const topic of topics) {
    const sites = [...pools.keys()].filter((site) => trainTopic(site) === topic);
    const sizes = new Map(sites.map((site) => [site, pools.get(site)?.length ?? 0]));
    const weights = new Map(sites.map((site) => [site, SITE_TRAINING_OVERRIDES[site]?.weight ?? 1]));
    for (const [site, quota] of siteQuotas(sizes, weights, TITLES_PER_TOPIC_OVERRIDES[topic] ?? TITLES_PER_TOPIC)) {
      train.push(...(pools.get(site) ?? []).slice(0, quota).map((text) => ({ text, labels: [topicId(topic)], source: SOURCE })));
      perTopic.set(topic, (perTopic.get(topic) ?? 0) + quota);
    }
  }
  const heldout: Example[] = [];
  for (const [site, titles] of titlesBySite(join(dataDir, 'stackexchange-titles', 'dev.tsv'))) {
    const topic = shipped.get(site);
    if (topic !== undefined) heldout.push(...titles.map((text) => ({ text, labels: [topicId(topic)], source: SOURCE })));
  }
  const overrides = Object.entries(SITE_TRAINING_OVERRIDES).map(([site, o]) => `${site}${o.topic ? ` -> ${o.topic}` : ''}${o.weight !== undefined ? ` (weight ${o.weight})` : ''}`);
  return {
    train,
    dev,
    heldout,
    notes: [
      `Stack Exchange question titles (stackexchange-titles/train.tsv), site -> topic by site_topics.tsv as shipped${overrides.length ? `, except for training: ${overrides.join('; ')}` : ''}. Training sample: up to ${TITLES_PER_TOPIC} titles per topic (${Object.entries(TITLES_PER_TOPIC_OVERRIDES).map(([t, n]) => `${t} ${n}`).join(', ')}), shared among its sites in proportion to sqrt(site size) (the set is very unbalanced; religion and language sites would dominate), seeded: ${[...perTopic].map(([t, n]) => `${t} ${n}`).join(', ')}.`,
      `Titles dev: ${Math.round(TITLE_DEV_FRACTION * 100)}% of every site's train.tsv rows (natural site mix, shipped map), never trained on. Held-out: all of dev.tsv (${heldout.length} titles) mapped with the shipped site_topics.tsv; the upstream test files are not in ../shared/data.`,
    ],
  };
}
