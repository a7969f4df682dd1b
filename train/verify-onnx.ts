import * as ort from 'onnxruntime-node';

export interface OnnxCheck {
  texts: number;
  maxAbsDiff: number;
  textsPerSecond: number;
}

/**
 * Runs the ONNX file with onnxruntime-node the way the inference core does (int64 input_ids,
 * attention_mask, token_type_ids, padded with 0) and compares its logits with `expected`.
 */
export async function checkOnnxLogits(modelPath: string, idsOfTexts: Int32Array[], expected: Float32Array, labels: number, batchSize = 32): Promise<OnnxCheck> {
  const session = await ort.InferenceSession.create(modelPath, { executionProviders: ['cpu'] });
  let maxAbsDiff = 0;
  const started = process.hrtime.bigint();
  for (let start = 0; start < idsOfTexts.length; start += batchSize) {
    const batch = idsOfTexts.slice(start, start + batchSize);
    const seq = Math.max(...batch.map((ids) => ids.length));
    const inputIds = new BigInt64Array(batch.length * seq);
    const mask = new BigInt64Array(batch.length * seq);
    batch.forEach((ids, b) => {
      ids.forEach((id, t) => {
        inputIds[b * seq + t] = BigInt(id);
        mask[b * seq + t] = 1n;
      });
    });
    const dims = [batch.length, seq];
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', inputIds, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(batch.length * seq), dims),
    };
    const out = await session.run(feeds);
    const logits = out['logits'].data as Float32Array;
    if (out['logits'].dims[1] !== labels) throw new Error(`ONNX logits have ${out['logits'].dims[1]} labels, expected ${labels}`);
    for (let i = 0; i < logits.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(logits[i] - expected[start * labels + i]));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await session.release();
  return { texts: idsOfTexts.length, maxAbsDiff, textsPerSecond: idsOfTexts.length / seconds };
}
