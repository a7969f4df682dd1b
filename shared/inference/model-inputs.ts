import type { Int64Feed } from '../model/model-session';
import type { TokenIds } from '../tokenizer/token-encoder';

/** Inputs we know how to feed; Hugging Face BERT exports want all three, RoBERTa exports the first two. */
export const FEEDABLE_INPUTS = ['input_ids', 'attention_mask', 'token_type_ids'] as const;

export function checkModelInputs(inputNames: readonly string[], onnxPath: string): void {
  const unknown = inputNames.filter((name) => !(FEEDABLE_INPUTS as readonly string[]).includes(name));
  if (unknown.length > 0 || !inputNames.includes('input_ids')) {
    throw new Error(`ONNX model ${onnxPath} wants inputs ${JSON.stringify(inputNames)}; a text classifier export takes input_ids and optionally attention_mask and token_type_ids`);
  }
}

/** Right-padded int64 tensors for one batch, keyed by the names the session asks for. */
export function buildModelInputs(batch: readonly TokenIds[], padId: number, inputNames: readonly string[]): Record<string, Int64Feed> {
  const width = batch.reduce((longest, ids) => Math.max(longest, ids.length), 1);
  const size = batch.length * width;
  const inputIds = new BigInt64Array(size).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(size);
  batch.forEach((ids, row) => {
    const offset = row * width;
    for (let column = 0; column < ids.length; column++) {
      inputIds[offset + column] = BigInt(ids[column]);
      attentionMask[offset + column] = 1n;
    }
  });
  const dims = [batch.length, width];
  const feeds: Record<string, () => Int64Feed> = {
    input_ids: () => ({ data: inputIds, dims }),
    attention_mask: () => ({ data: attentionMask, dims }),
    token_type_ids: () => ({ data: new BigInt64Array(size), dims }),
  };
  return Object.fromEntries(inputNames.map((name) => [name, feeds[name]()]));
}
