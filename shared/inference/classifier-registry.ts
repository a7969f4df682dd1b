import { realpathSync } from 'node:fs';
import type { ExecutionProviderChoice } from '../model/execution-provider';
import { readModelFolder } from '../model/model-folder';
import { acquireSession, releaseSession } from '../model/session-registry';
import { loadTokenEncoder } from '../tokenizer/load-token-encoder';
import type { BatchingOptions } from './micro-batcher';
import { checkModelInputs } from './model-inputs';
import { TextClassifier } from './text-classifier';

export interface ClassifierOptions {
  modelDir: string;
  executionProvider: ExecutionProviderChoice;
  maxTokens: number;
  batching: BatchingOptions;
  /** Results remembered per model (by text digest). */
  cacheSize: number;
}

interface SharedClassifier {
  ready: Promise<TextClassifier>;
  users: number;
}

// Every plugin instance naming the same model (folder, provider, token limit) shares one classifier, and so one batch queue.
const classifiers = new Map<string, SharedClassifier>();

function registryKey(options: ClassifierOptions): string {
  let dir = options.modelDir;
  try {
    dir = realpathSync(options.modelDir);
  } catch {
    // readModelFolder reports the missing folder with a better message.
  }
  return JSON.stringify([dir, options.executionProvider, options.maxTokens, options.batching, options.cacheSize]);
}

async function loadClassifier(options: ClassifierOptions): Promise<TextClassifier> {
  const model = readModelFolder(options.modelDir);
  const encoder = loadTokenEncoder(model.dir);
  const session = await acquireSession(model.onnxPath, options.executionProvider);
  try {
    checkModelInputs(session.inputNames, model.onnxPath);
    const maxTokens = Math.min(options.maxTokens, model.maxPositions ?? Infinity);
    const classifier = new TextClassifier(model, encoder, session, maxTokens, options.batching, options.cacheSize);
    // A warm-up run proves the model answers with one score per label before the first event depends on it.
    await classifier.classify('warm-up');
    return classifier;
  } catch (error) {
    await releaseSession(model.onnxPath, options.executionProvider);
    throw error;
  }
}

export async function acquireTextClassifier(options: ClassifierOptions): Promise<TextClassifier> {
  const key = registryKey(options);
  let shared = classifiers.get(key);
  if (!shared) {
    shared = { ready: loadClassifier(options), users: 0 };
    classifiers.set(key, shared);
    shared.ready.catch(() => classifiers.delete(key));
  }
  shared.users++;
  return shared.ready;
}

/** Gives a classifier back; the last user's release waits for its queue to drain, then frees the session. */
export async function releaseTextClassifier(classifier: TextClassifier, options: ClassifierOptions): Promise<void> {
  const key = registryKey(options);
  const shared = classifiers.get(key);
  if (!shared || --shared.users > 0) return;
  classifiers.delete(key);
  await classifier.whenIdle();
  await releaseSession(classifier.model.onnxPath, options.executionProvider);
}
