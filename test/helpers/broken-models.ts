import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtureModel } from '../../modelgen/fixtures/build-fixture-models';

/**
 * The toxicity fixture model with a position table of `maxInputTokens` rows, while its config claims 512:
 * onnxruntime throws on any batch padded past that width, as a mis-exported model would.
 */
export function toxicityModelFailingPast(maxInputTokens: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'llm-classifiers-failing-')), 'model');
  writeFixtureModel({ folder: 'toxicity', slot: 'toxicity', tokenizer: 'wordpiece' }, dir, { positionTableSize: maxInputTokens });
  return dir;
}

/** The toxicity fixture model with the same labels but tens of milliseconds per run or more (time-budget tests). */
export function slowToxicityModel(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'llm-classifiers-slow-')), 'model');
  writeFixtureModel({ folder: 'toxicity', slot: 'toxicity', tokenizer: 'wordpiece' }, dir, { slowLayers: 200 });
  return dir;
}
