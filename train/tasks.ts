import { loadAgentFlow } from './data/agent-flow';
import { loadGoEmotions } from './data/goemotions';
import { BENIGN_SOURCES } from './data/benign';
import { loadToxicity } from './data/toxicity';
import { loadTopic } from './data/topic';
import { loadUserFlow } from './data/user-flow';
import type { TaskData } from './example';
import { jointThresholdTuner, type ThresholdTuner } from './joint-thresholds';
import type { NgramSettings } from './features';
import type { ProblemType } from './loss';
import type { TrainSettings } from './train-loop';

export type TaskName = 'emotion' | 'toxicity' | 'user-flow' | 'agent-flow' | 'topic';
export const TASK_NAMES: TaskName[] = ['emotion', 'toxicity', 'user-flow', 'agent-flow', 'topic'];

export interface TaskSpec {
  name: TaskName;
  title: string;
  load: (dataDir: string, seed: number) => TaskData;
  problemType: ProblemType;
  /** Label the core treats as "nothing" in single-label decoding. */
  ignoredLabel?: string;
  /** Multi-label: the label the plugin writes when no other passes (neutral); it never passes on its own. */
  fallbackLabel?: string;
  /** Pieces seen fewer times in training share one row. */
  minPieceCount: number;
  bigramBuckets: number;
  /** Prime of the n-gram hash (see train/onnx/bag-graph). */
  bigramPrime: number;
  /** Bigram buckets seen fewer times than this in training share one row (default 1: every bucket its own row). */
  minBigramCount?: number;
  /** Hashed n-gram families besides the bigram, e.g. { offsets: [0, 2], buckets: 65536 } for skip-bigrams. */
  extraNgrams?: NgramSettings[];
  /** Multi-label: positive weight (neg/pos)^power capped; single-label: class weight (balanced)^power. */
  weightPower: number;
  weightCap: number;
  labelSmoothing: number;
  /** Oversampling per data source (e.g. handwritten examples: few, but the only source of some labels). */
  sourceRepeats: Record<string, number>;
  /** Single-label: precision floor per label when tuning thresholds on dev. */
  minPrecision: number;
  /** Multi-label: sources of benign, label-free text; thresholds keep their dev false-positive rate <= maxBenignRate. */
  benignSources?: string[];
  maxBenignRate?: number;
  /** Single-label: replaces the per-label threshold tuning (thresholds tuned together under the plugins' rule). */
  thresholdTuner?: ThresholdTuner;
  /** Multi-label: the label tuned first, whose threshold the others stay at or above (toxic). */
  primaryLabel?: string;
  /** Labels eval:all names in its summary row (e.g. agent_refuses_answer on the refusal set). */
  headlineLabels?: string[];
  /** Languages of the training text, written to config.json `languages` (the runtime's language gate reads it); default ['en']. */
  languages?: string[];
  train: Omit<TrainSettings, 'seed'>;
}

const base = { epochs: 30, batchSize: 32, lrEndFraction: 0.05, patience: 4, ensemble: 1, bigramPrime: 1000003 };

/** The two flow models are trained alike: single-label, handwritten examples oversampled, a precision floor per label. */
const FLOW_TASK = {
  problemType: 'single_label_classification',
  ignoredLabel: 'OTHER',
  minPieceCount: 1,
  bigramBuckets: 1 << 16,
  bigramPrime: base.bigramPrime,
  weightPower: 0.6,
  weightCap: 100,
  labelSmoothing: 0.05,
  sourceRepeats: { handwritten: 10, 'handwritten-long': 4 },
  minPrecision: 0.85,
  train: { ...base, dim: 64, lr: 0.01, weightDecay: 0.0, dropout: 0.2, featureDropout: 0.1, poolPower: 0.5 },
} satisfies Omit<TaskSpec, 'name' | 'title' | 'load'>;

export const TASKS: Record<TaskName, TaskSpec> = {
  emotion: {
    name: 'emotion',
    title: 'GoEmotions emotion classifier (default tier)',
    load: loadGoEmotions,
    problemType: 'multi_label_classification',
    fallbackLabel: 'neutral',
    minBigramCount: 3,
    minPieceCount: 1,
    bigramBuckets: 1 << 17,
    bigramPrime: base.bigramPrime,
    weightPower: 0.5,
    weightCap: 10,
    labelSmoothing: 0.1,
    sourceRepeats: { handwritten: 5 },
    minPrecision: 0,
    train: { ...base, dim: 128, lr: 0.002, epochs: 8, weightDecay: 0.0, dropout: 0.3, featureDropout: 0.1, poolPower: 0.5 },
  },
  toxicity: {
    name: 'toxicity',
    title: 'Toxicity classifier (default tier)',
    load: loadToxicity,
    problemType: 'multi_label_classification',
    minPieceCount: 1,
    bigramBuckets: 1 << 19,
    bigramPrime: base.bigramPrime,
    weightPower: 0.5,
    weightCap: 10,
    labelSmoothing: 0,
    sourceRepeats: { olid: 2, 'written-benign-assistant': 2, 'written-benign-user': 2, 'handwritten-toxic': 5, 'gptfuzz-questions': 3, 'arena-hard': 2 },
    minPrecision: 0,
    benignSources: [...BENIGN_SOURCES, 'arena-hard'],
    maxBenignRate: 0.007,
    primaryLabel: 'toxic',
    train: { ...base, dim: 64, lr: 0.002, epochs: 10, weightDecay: 0.0, dropout: 0.3, featureDropout: 0.1, poolPower: 0.5 },
  },
  'user-flow': { name: 'user-flow', title: 'User conversational-flow classifier (default tier)', load: loadUserFlow, ...FLOW_TASK },
  'agent-flow': { name: 'agent-flow', title: 'Agent (assistant) conversational-flow classifier (default tier)', load: loadAgentFlow, ...FLOW_TASK, headlineLabels: ['agent_refuses_answer'] },
  topic: {
    name: 'topic',
    title: 'Topic of the user request classifier (default tier)',
    load: loadTopic,
    problemType: 'single_label_classification',
    ignoredLabel: 'other',
    minPieceCount: 2,
    bigramBuckets: 1 << 16,
    bigramPrime: base.bigramPrime,
    weightPower: 0.5,
    weightCap: 100,
    labelSmoothing: 0.05,
    sourceRepeats: { handwritten: 10, composed: 1, 'composed-kind': 2, 'arena-hard': 10 },
    minPrecision: 0,
    thresholdTuner: jointThresholdTuner(0.2, 10),
    train: { ...base, dim: 64, lr: 0.005, epochs: 5, weightDecay: 0.0, dropout: 0.5, featureDropout: 0.3, poolPower: 1 },
  },
};
