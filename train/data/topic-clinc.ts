import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../example';
import { splitOff } from '../split-off';
import { topicId, type TopicLabel } from './topic-labels';
import type { Splits } from './split-by-source';

const SOURCE = 'clinc150';

/** CLINC150 domain -> topic (domains.json); intents listed in INTENT_TOPICS take precedence. */
const DOMAIN_TOPICS: Record<string, TopicLabel> = {
  banking: 'business_finance',
  credit_cards: 'business_finance',
  work: 'business_finance',
  kitchen_and_dining: 'food',
  travel: 'travel',
  auto_and_commute: 'home_hobbies',
  home: 'other',
  utility: 'other',
  small_talk: 'small_talk',
  meta: 'other',
};

/** Intents whose topic is not their domain's. */
const INTENT_TOPICS: Record<string, TopicLabel> = {
  // auto_and_commute: getting somewhere is travel; car care stays home_hobbies (mechanics).
  current_location: 'travel',
  uber: 'travel',
  traffic: 'travel',
  distance: 'travel',
  directions: 'travel',
  // home: music is entertainment, orders and shopping lists are shopping; reminders, calendar, smart home stay other.
  what_song: 'entertainment',
  play_music: 'entertainment',
  update_playlist: 'entertainment',
  next_song: 'entertainment',
  order: 'shopping',
  order_status: 'shopping',
  shopping_list: 'shopping',
  shopping_list_update: 'shopping',
  // travel / utility: words and phrases are language, arithmetic and unit conversion are math.
  translate: 'language',
  definition: 'language',
  spelling: 'language',
  calculator: 'math',
  measurement_conversion: 'math',
  // meta: yes / no / maybe / repeat / cancel and voice settings carry no topic (other); the assistant's and the user's names are small talk.
  user_name: 'small_talk',
  change_user_name: 'small_talk',
  change_ai_name: 'small_talk',
  // small_talk: asking for a joke is asking for a text to be made up (writing), as chat assistants are asked for them.
  tell_joke: 'writing',
};

type ClincItem = [string, string];

/** Training texts kept per intent mapped to `other` (reminders, timers, yes / no): enough to learn it, not so many that it swallows chat prompts. */
const OTHER_PER_INTENT = 30;

export function clincTopic(intent: string, domainOf: Map<string, string>): TopicLabel | undefined {
  const domain = domainOf.get(intent);
  return INTENT_TOPICS[intent] ?? (domain === undefined ? undefined : DOMAIN_TOPICS[domain]);
}

/** CLINC150 train (90% train, 10% dev) and val (held out); out-of-scope queries are dropped (they span every topic). */
export function loadClincTopics(dataDir: string, seed: number): Splits & { notes: string[] } {
  const dir = join(dataDir, 'clinc150');
  const domains = JSON.parse(readFileSync(join(dir, 'domains.json'), 'utf8')) as Record<string, string[]>;
  const domainOf = new Map(Object.entries(domains).flatMap(([domain, intents]) => intents.map((intent): [string, string] => [intent, domain])));
  const data = JSON.parse(readFileSync(join(dir, 'data_train_val.json'), 'utf8')) as Record<string, ClincItem[]>;
  const toExamples = (items: ClincItem[], otherPerIntent: number): Example[] => {
    const otherCounts = new Map<string, number>();
    return items.flatMap(([text, intent]) => {
      const topic = clincTopic(intent, domainOf);
      if (topic === undefined) return [];
      if (topic === 'other') {
        otherCounts.set(intent, (otherCounts.get(intent) ?? 0) + 1);
        if ((otherCounts.get(intent) ?? 0) > otherPerIntent) return [];
      }
      return [{ text, labels: [topicId(topic)], source: SOURCE }];
    });
  };
  const [train, dev] = splitOff(toExamples(data['train'], OTHER_PER_INTENT), 0.1, seed + 21);
  const intentNote = Object.entries(INTENT_TOPICS).map(([intent, topic]) => `${intent} -> ${topic}`).join(', ');
  return {
    train,
    dev,
    heldout: toExamples(data['val'], Infinity),
    notes: [
      `CLINC150 (train split: 90% train, 10% dev; val split held out; out-of-scope queries dropped; at most ${OTHER_PER_INTENT} training texts per intent mapped to other), by domain: ${Object.entries(DOMAIN_TOPICS).map(([d, t]) => `${d} -> ${t}`).join(', ')}; except the intents ${intentNote}.`,
    ],
  };
}
