import { SeededRandom } from '../modelgen/seeded-random';

/** fastText-style classifier: table of feature embeddings, mean pooling, one linear layer. */
export interface BagModel {
  rows: number;
  dim: number;
  labels: number;
  /** rows x dim feature embeddings. */
  embeddings: Float32Array;
  /** labels x dim. */
  weights: Float32Array;
  bias: Float32Array;
  /** Pooling divides the feature sum by count^poolPower (1 = mean, 0.5 = sqrt-normalised sum). */
  poolPower: number;
}

export function initBagModel(rows: number, dim: number, labels: number, rng: SeededRandom, poolPower = 1): BagModel {
  const embeddings = new Float32Array(rows * dim);
  const scale = 1 / dim;
  for (let i = 0; i < embeddings.length; i++) embeddings[i] = (rng.next() * 2 - 1) * scale;
  const weights = new Float32Array(labels * dim);
  const wScale = Math.sqrt(6 / (dim + labels));
  for (let i = 0; i < weights.length; i++) weights[i] = (rng.next() * 2 - 1) * wScale;
  return { rows, dim, labels, embeddings, weights, bias: new Float32Array(labels), poolPower };
}

export function cloneBagModel(model: BagModel): BagModel {
  return { ...model, embeddings: model.embeddings.slice(), weights: model.weights.slice(), bias: model.bias.slice() };
}

/** Mean of the embeddings of `rows` into `pooled` (length dim). */
export function meanPool(model: BagModel, rows: ArrayLike<number>, count: number, pooled: Float32Array): void {
  const { dim, embeddings } = model;
  pooled.fill(0);
  for (let i = 0; i < count; i++) {
    const base = rows[i] * dim;
    for (let k = 0; k < dim; k++) pooled[k] += embeddings[base + k];
  }
  const inv = count > 0 ? 1 / Math.pow(count, model.poolPower) : 0;
  for (let k = 0; k < dim; k++) pooled[k] *= inv;
}

/** logits = W pooled + b into `logits` (length labels). */
export function linear(model: BagModel, pooled: Float32Array, logits: Float32Array): void {
  const { dim, labels, weights, bias } = model;
  for (let l = 0; l < labels; l++) {
    let z = bias[l];
    const base = l * dim;
    for (let k = 0; k < dim; k++) z += weights[base + k] * pooled[k];
    logits[l] = z;
  }
}

/** Raw logits of every text (no dropout), as a flat n x labels array. */
export function predictLogits(model: BagModel, featureRows: Int32Array[]): Float32Array {
  const out = new Float32Array(featureRows.length * model.labels);
  const pooled = new Float32Array(model.dim);
  const logits = new Float32Array(model.labels);
  featureRows.forEach((rows, index) => {
    meanPool(model, rows, rows.length, pooled);
    linear(model, pooled, logits);
    out.set(logits, index * model.labels);
  });
  return out;
}
