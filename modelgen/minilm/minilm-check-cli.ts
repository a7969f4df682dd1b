import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { modelSlot } from '../model-slots';

const EMOTION_LABELS = modelSlot('emotion').labels;
import { writeMiniLmShapedModel } from './write-minilm-model';

// Builds fp32 and int8 MiniLM folders of one seed, runs both on a padded 4×32 batch and through
// transformers.js, and fails loudly on non-finite, constant, padding-sensitive or diverging logits.

const BATCH = 4;
const WIDTH = 32;

function paddedBatch(): { ids: BigInt64Array; mask: BigInt64Array; lengths: number[] } {
  const ids = new BigInt64Array(BATCH * WIDTH);
  const mask = new BigInt64Array(BATCH * WIDTH);
  const lengths = [6, 14, 23, 32];
  lengths.forEach((length, row) => {
    for (let col = 0; col < length; col++) {
      const id = col === 0 ? 101 : col === length - 1 ? 102 : 1996 + ((row * 131 + col * 17) % 20000);
      ids[row * WIDTH + col] = BigInt(id);
      mask[row * WIDTH + col] = 1n;
    }
  });
  return { ids, mask, lengths };
}

async function logitsOf(session: ort.InferenceSession, ids: BigInt64Array, mask: BigInt64Array, rows: number, width: number): Promise<Float32Array> {
  const tensor = (data: BigInt64Array): ort.Tensor => new ort.Tensor('int64', data, [rows, width]);
  const output = await session.run({ input_ids: tensor(ids), attention_mask: tensor(mask), token_type_ids: tensor(new BigInt64Array(rows * width)) });
  return output.logits.data as Float32Array;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok  ${message}`);
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'minilm-check-'));
  try {
    const labels = EMOTION_LABELS.length;
    const folders = { fp32: join(root, 'fp32'), int8: join(root, 'int8') };
    const logits: Record<string, Float32Array> = {};
    for (const quantization of ['fp32', 'int8'] as const) {
      const written = writeMiniLmShapedModel({ outDir: folders[quantization], labels: EMOTION_LABELS, problemType: 'multi_label_classification', quantization, seed: 1234 });
      const session = await ort.InferenceSession.create(written.onnxPath, { graphOptimizationLevel: 'all' });
      check(session.inputNames.join() === 'input_ids,attention_mask,token_type_ids', `${quantization}: inputs ${session.inputNames.join(', ')}`);
      const { ids, mask, lengths } = paddedBatch();
      const values = await logitsOf(session, ids, mask, BATCH, WIDTH);
      logits[quantization] = values;
      check(values.length === BATCH * labels && values.every(Number.isFinite), `${quantization}: ${BATCH}×${labels} finite logits`);
      const spread = Math.max(...values) - Math.min(...values);
      const rowsDiffer = values[0] !== values[labels] || values[1] !== values[labels + 1];
      check(spread > 1e-3 && rowsDiffer, `${quantization}: logits vary (spread ${spread.toFixed(4)})`);
      // The row of length 6 alone, unpadded, must give what it gave inside the padded batch.
      const alone = await logitsOf(session, ids.slice(0, lengths[0]), mask.slice(0, lengths[0]), 1, lengths[0]);
      const paddingError = Math.max(...Array.from(alone, (v, i) => Math.abs(v - values[i])));
      // int8 gets a little slack: DynamicQuantizeLinear's scale is taken over the whole batch, padding included.
      const paddingTolerance = quantization === 'fp32' ? 1e-3 : 2e-2;
      check(paddingError < paddingTolerance, `${quantization}: padding does not change logits (max diff ${paddingError.toExponential(2)})`);
      await session.release();
    }
    const quantizationError = Math.max(...Array.from(logits.fp32, (v, i) => Math.abs(v - logits.int8[i])));
    const scale = Math.max(...Array.from(logits.fp32, Math.abs));
    check(quantizationError < 0.25 * scale, `int8 close to fp32 (max diff ${quantizationError.toFixed(4)}, max |logit| ${scale.toFixed(4)})`);

    const transformers = await import('@huggingface/transformers');
    transformers.env.allowRemoteModels = false;
    transformers.env.localModelPath = `${root}/`;
    for (const [folder, dtype] of [['fp32', 'fp32'], ['int8', 'q8']] as const) {
      const classifier = await transformers.pipeline('text-classification', folder, { dtype, local_files_only: true });
      const output = (await classifier('thank you, this is great', { top_k: 2 })) as Array<{ label: string; score: number }>;
      check(output.length === 2 && EMOTION_LABELS.includes(output[0].label), `transformers.js (${dtype}) loads the folder: ${JSON.stringify(output[0])}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
