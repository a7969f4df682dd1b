import { featureRows, type FeatureSpace } from './features';
import type { BagGraphSpec } from './onnx/bag-graph';
import type { BagModel } from './model';

/**
 * Folds the linear layer into the embedding table (mean pooling and the layer are both linear, so
 * logits = mean over features of (W e_f) + b exactly), averages the members of an ensemble, and quantises
 * the per-feature logit table to int8 with one scale per label. This is what ships; `foldedLogits` is its
 * exact JS forward pass.
 */
export function foldAndQuantize(models: readonly BagModel[], space: FeatureSpace): BagGraphSpec {
  const { labels, poolPower } = models[0];
  // An ensemble of linear bags is one linear bag: the average of the members' folded tables and biases.
  const folded = new Float32Array(models[0].rows * labels);
  const bias = new Float32Array(labels);
  for (const model of models) {
    const member = foldModel(model);
    for (let i = 0; i < folded.length; i++) folded[i] += member[i] / models.length;
    for (let l = 0; l < labels; l++) bias[l] += model.bias[l] / models.length;
  }
  const uni = quantize(folded.subarray(0, space.unigramRows * labels), labels);
  let start = space.unigramRows;
  const ngrams = space.families.map((family) => {
    const q = quantize(folded.subarray(start * labels, (start + family.rows) * labels), labels);
    start += family.rows;
    return { offsets: family.offsets, buckets: family.buckets, remap: family.remap, table: q.table, scale: q.scale };
  });
  return { labels, remap: space.remap, unigramTable: uni.table, unigramScale: uni.scale, ngrams, prime: space.prime, bias, poolPower };
}

/** Per feature row, its logit contribution to every label: W e_row (rows x labels). */
function foldModel(model: BagModel): Float32Array {
  const { dim, labels } = model;
  const folded = new Float32Array(model.rows * labels);
  for (let r = 0; r < model.rows; r++) {
    const eBase = r * dim;
    for (let l = 0; l < labels; l++) {
      let s = 0;
      const wBase = l * dim;
      for (let k = 0; k < dim; k++) s += model.weights[wBase + k] * model.embeddings[eBase + k];
      folded[r * labels + l] = s;
    }
  }
  return folded;
}

function quantize(values: Float32Array, labels: number): { table: Int8Array; scale: Float32Array } {
  const scale = new Float32Array(labels);
  for (let i = 0; i < values.length; i++) scale[i % labels] = Math.max(scale[i % labels], Math.abs(values[i]));
  for (let l = 0; l < labels; l++) scale[l] = scale[l] > 0 ? scale[l] / 127 : 1;
  const table = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) table[i] = Math.max(-127, Math.min(127, Math.round(values[i] / scale[i % labels])));
  return { table, scale };
}

/** Logits of the shipped (folded, int8) model for each text's piece ids, flat n x labels. */
export function foldedLogits(spec: BagGraphSpec, space: FeatureSpace, idsOfTexts: Int32Array[]): Float32Array {
  const L = spec.labels;
  const out = new Float32Array(idsOfTexts.length * L);
  const tables = [{ table: spec.unigramTable, scale: spec.unigramScale, rows: space.unigramRows }, ...spec.ngrams.map((f) => ({ table: f.table, scale: f.scale, rows: f.table.length / L }))];
  const sums = tables.map(() => new Float64Array(L));
  idsOfTexts.forEach((ids, index) => {
    const rows = featureRows(ids, space);
    for (const s of sums) s.fill(0);
    for (let i = 0; i < rows.length; i++) {
      // Rows are laid out table after table: find the table this row falls in.
      let t = 0;
      let row = rows[i];
      while (row >= tables[t].rows) row -= tables[t++].rows;
      const { table } = tables[t];
      for (let l = 0; l < L; l++) sums[t][l] += table[row * L + l];
    }
    const count = Math.pow(Math.max(1, rows.length), spec.poolPower);
    for (let l = 0; l < L; l++) {
      let total = 0;
      tables.forEach((t, k) => (total += sums[k][l] * t.scale[l]));
      out[index * L + l] = total / count + spec.bias[l];
    }
  });
  return out;
}
