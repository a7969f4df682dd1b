import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_SETS, LABEL_SET_PROBLEM_TYPES, type LabelSetName } from '../modelgen/label-sets';
import { writeMiniLmShapedModel } from '../modelgen/minilm/write-minilm-model';

/** Bumped when the builder changes, so cached benchmark models are rebuilt. */
const BENCH_MODELS_VERSION = '1';

export type Quantization = 'fp32' | 'int8';

/** Random-weight MiniLM-L6-H384-shaped models of the four reference label sets, built once into `cacheDir`. */
export function miniLmBenchModel(cacheDir: string, labelSet: LabelSetName, quantization: Quantization): string {
  const dir = join(cacheDir, `minilm-${labelSet}-${quantization}`);
  const stamp = join(dir, 'bench-version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === BENCH_MODELS_VERSION) return dir;
  mkdirSync(dir, { recursive: true });
  writeMiniLmShapedModel({ outDir: dir, labels: [...LABEL_SETS[labelSet]], problemType: LABEL_SET_PROBLEM_TYPES[labelSet], quantization, seed: 1234 });
  writeFileSync(stamp, BENCH_MODELS_VERSION);
  return dir;
}
