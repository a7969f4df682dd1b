import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelSlot } from '../modelgen/model-slots';
import type { MiniLmShape } from '../modelgen/minilm/minilm-shape';
import { writeMiniLmShapedModel } from '../modelgen/minilm/write-minilm-model';

/** Bumped when the builder changes, so cached benchmark models are rebuilt. */
const BENCH_MODELS_VERSION = '1';

export type Quantization = 'fp32' | 'int8';

/** Random-weight MiniLM-L6-H384-shaped models with the reference label set of a model slot, built once into `cacheDir`. */
export function miniLmBenchModel(cacheDir: string, slotId: string, quantization: Quantization, shape?: Partial<MiniLmShape>): string {
  const dir = join(cacheDir, `minilm-${slotId}-${quantization}`);
  const stamp = join(dir, 'bench-version');
  const version = `${BENCH_MODELS_VERSION}${shape ? ` ${JSON.stringify(shape)}` : ''}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return dir;
  mkdirSync(dir, { recursive: true });
  const slot = modelSlot(slotId);
  writeMiniLmShapedModel({ outDir: dir, labels: slot.labels, problemType: slot.problemType, quantization, seed: 1234, shape });
  writeFileSync(stamp, version);
  return dir;
}
