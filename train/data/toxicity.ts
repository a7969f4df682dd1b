import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example, TaskData } from '../example';
import { loadArenaPrompts } from './arena-hard';
import { BENIGN_NOTES, loadBenign } from './benign';
import { loadGptfuzzQuestions } from './gptfuzz';
import { handwrittenExamples, loadHandwritten } from './handwritten';
import { mergeSplits, splitThree, type Splits } from './split-by-source';
import { normalizeTweet } from './normalize-tweet';

/**
 * The toxicity reference labels this model learns, in Jigsaw order. Not severe_toxic (no public set here
 * has it) nor obscene (OLID's untargeted profanity and written examples gave it precision under 0.15 on
 * held-out data: profanity is labeled toxic only).
 */
export const TOXICITY_LABELS = ['toxic', 'threat', 'insult', 'identity_hate'];
const id = (label: string): number => TOXICITY_LABELS.indexOf(label);
const [TOXIC, THREAT, INSULT, IDENTITY_HATE] = ['toxic', 'threat', 'insult', 'identity_hate'].map(id);

/**
 * OLID: OFF -> toxic; OFF + TIN + IND (targeted at a person) -> insult; OFF + TIN + GRP -> identity_hate.
 * What OLID does not annotate is unknown: threat on every offensive tweet, insult on those aimed at a
 * group or other target.
 */
export function olidExample(tweet: string, a: string, b: string, c: string): Example {
  if (a !== 'OFF') return { text: tweet, labels: [], source: 'olid' };
  if (b === 'UNT') return { text: tweet, labels: [TOXIC], source: 'olid', unknown: [THREAT] };
  if (c === 'IND') return { text: tweet, labels: [TOXIC, INSULT], source: 'olid', unknown: [THREAT] };
  if (c === 'GRP') return { text: tweet, labels: [TOXIC, IDENTITY_HATE], source: 'olid', unknown: [THREAT, INSULT] };
  return { text: tweet, labels: [TOXIC], source: 'olid', unknown: [THREAT, INSULT] };
}

function loadOlid(dataDir: string): Example[] {
  const lines = readFileSync(join(dataDir, 'olid', 'olid-training-v1.0.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [, tweet, a, b, c] = line.split('\t');
      return olidExample(tweet, a, b, c.trim());
    });
}

/** Davidson: class 0 hate speech -> toxic + identity_hate; 1 offensive -> toxic; 2 neither -> none. Threat and insult are not annotated. */
function loadDavidson(dataDir: string): Example[] {
  const records = parseCsvRecords(readFileSync(join(dataDir, 'davidson', 'labeled_data.csv'), 'utf8'));
  return records.map((record) => {
    const cls = Number(record['class']);
    const text = normalizeTweet(record['tweet']);
    if (cls === 2) return { text, labels: [], source: 'davidson' };
    return { text, labels: cls === 0 ? [TOXIC, IDENTITY_HATE] : [TOXIC], source: 'davidson', unknown: [THREAT, INSULT] };
  });
}

/** Harmful requests (GPTFuzz's question list) as toxic prompts: questions 0-79 train, 80-99 (GPTFuzz's evaluate split) dev. */
function harmfulQuestions(dataDir: string): Splits {
  const asExamples = (texts: string[]): Example[] => texts.map((text) => ({ text, labels: [TOXIC], source: 'gptfuzz-questions' }));
  return { train: asExamples(loadGptfuzzQuestions(dataDir, 0, 80)), dev: asExamples(loadGptfuzzQuestions(dataDir, 80, 100)), heldout: [] };
}

/** Seeded per-source splits: 15% held out, then 10% of the rest as dev; plus benign chat-like negatives and written chat text. */
export function loadToxicity(dataDir: string, seed: number): TaskData {
  const tweets = [loadOlid(dataDir), loadDavidson(dataDir)].map((examples, index) => splitThree(examples, 0.15, 0.1, seed + 101 * (index + 1)));
  const arena = splitThree(loadArenaPrompts(dataDir).map((text): Example => ({ text, labels: [], source: 'arena-hard' })), 0.3, 0.2, seed + 3);
  const written = splitThree(handwrittenExamples('toxic-chat.jsonl', TOXICITY_LABELS, 'handwritten-toxic'), 0, 0.15, seed + 341);
  return {
    labels: TOXICITY_LABELS,
    ...mergeSplits([
      ...tweets,
      loadBenign(dataDir, seed),
      harmfulQuestions(dataDir),
      arena,
      { ...written, heldout: handwrittenExamples('toxicity.dev.jsonl', TOXICITY_LABELS, 'handwritten-dev') },
      // The agent-flow dev answers (written separately, never trained on) measure false positives on LLM answers.
      { train: [], dev: [], heldout: loadHandwritten('agent-flow.dev.jsonl').map((row): Example => ({ text: row.text, labels: [], source: 'written-llm-answers' })) },
    ]),
    notes: [
      'OLID v1.0 training file (13,240 tweets): subtask A OFF -> `toxic`; OFF + TIN + IND (insult or threat aimed at a person) -> `insult`; OFF + TIN + GRP (aimed at a group) -> `identity_hate`. Labels OLID does not annotate are left out of the loss and of the metrics for that tweet (threat on every offensive tweet, insult on those aimed at a group or at an organisation).',
      'Davidson et al. 2017 (24,783 tweets): class 0 hate speech -> `toxic` + `identity_hate`; class 1 offensive -> `toxic`; class 2 neither -> no label; threat and insult not annotated (left out).',
      '`obscene` is not shipped: trained from OLID\'s untargeted-profanity tweets (OFF + UNT) and written examples it reached precision 0.14 on held-out OLID and 0 on the written chat dev set. Written examples marked obscene train as `toxic` (plus their other labels).',
      'Davidson tweets normalised to OLID conventions (HTML entities decoded, @mentions -> @USER, links -> URL, "RT" dropped).',
      `Per tweet source, seeded (seed ${seed}): 15% held out for the reported metrics, 10% of the rest as dev (early stopping, thresholds), the rest trains.`,
      ...BENIGN_NOTES,
      'GPTFuzz question list (100 harmful questions, MIT): as `toxic` user prompts (questions 0-79 train, 80-99 dev).',
      'Arena-Hard-Auto v0.1 prompts (500 real Chatbot Arena user prompts, Apache-2.0) as benign prompts: seeded, 30% held out for the false-positive rate, 20% of the rest dev (the false-positive cap), the rest trains.',
      'Written chat prompts (train/handwritten/toxic-chat.jsonl, written by the project): insults and profanity aimed at the assistant, harassment requests, threats, hateful requests (without slurs), jailbreak prompts, harmful and sexual requests, with every applicable label; 15% seeded as dev. Written benign chat turns and assistant answers, English and other languages, with words like kill, shoot, sex, drugs in harmless use (benign-user.jsonl, benign-assistant.jsonl). A separately written dev set (toxicity.dev.jsonl) is held out and never tuned on, and so are the written LLM answers of the agent-flow dev set (agent-flow.dev.jsonl), all benign.',
      'The OLID test sets were not used.',
    ],
  };
}
