import { AdamWParam } from './adamw';
import { lossAndGrad, type LossSettings } from './loss';
import { cloneBagModel, initBagModel, linear, predictLogits, type BagModel } from './model';
import { SeededRandom } from '../modelgen/seeded-random';

export interface TrainSettings {
  dim: number;
  epochs: number;
  batchSize: number;
  lr: number;
  /** Final learning rate as a fraction of `lr` (linear decay). */
  lrEndFraction: number;
  weightDecay: number;
  /** Dropout on the pooled vector. */
  dropout: number;
  /** Probability of dropping each feature of a training text (at least one is kept). */
  featureDropout: number;
  /** Pooling: feature sum / count^poolPower (1 = mean). */
  poolPower: number;
  /** Stop after this many epochs without a better dev score. */
  patience: number;
  /** Models trained with different seeds and averaged into the one that ships (default 1). */
  ensemble?: number;
  seed: number;
}

export interface TrainInput {
  rows: number;
  labels: number;
  train: Int32Array[];
  trainLabels: number[][];
  /** Multi-label: per training text, the labels left out of its loss. */
  trainUnknown?: Array<number[] | undefined>;
  /** Oversampling factor per training text (integer >= 1). */
  trainRepeats: number[];
  dev: Int32Array[];
  loss: LossSettings;
  /** Higher is better: scores the dev logits (flat n x labels). */
  devScore: (logits: Float32Array) => number;
  log: (line: string) => void;
}

export interface TrainResult {
  model: BagModel;
  bestEpoch: number;
  bestDevScore: number;
  history: Array<{ epoch: number; loss: number; devScore: number; seconds: number }>;
}

export function trainBagModel(input: TrainInput, settings: TrainSettings): TrainResult {
  const rng = new SeededRandom(settings.seed);
  const model = initBagModel(input.rows, settings.dim, input.labels, rng, settings.poolPower);
  const { dim, labels } = model;
  const adam = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: settings.weightDecay };
  const embOpt = new AdamWParam(model.embeddings, adam);
  const wOpt = new AdamWParam(model.weights, adam);
  const bOpt = new AdamWParam(model.bias, adam, false);
  const gE = new Float32Array(model.embeddings.length);
  const gW = new Float32Array(model.weights.length);
  const gB = new Float32Array(labels);
  const stamp = new Int32Array(input.rows).fill(-1);
  const touched = new Int32Array(input.rows);
  const pooled = new Float32Array(dim);
  const dropMask = new Float32Array(dim);
  const logits = new Float32Array(labels);
  const dz = new Float32Array(labels);
  const dh = new Float32Array(dim);
  const kept = new Int32Array(8192);

  const order: number[] = [];
  input.train.forEach((_, i) => {
    for (let r = 0; r < input.trainRepeats[i]; r++) order.push(i);
  });
  const stepsPerEpoch = Math.ceil(order.length / settings.batchSize);
  const totalSteps = stepsPerEpoch * settings.epochs;
  let step = 0;
  let best: BagModel | undefined;
  let bestScore = -Infinity;
  let bestEpoch = 0;
  const history: TrainResult['history'] = [];

  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    const started = Date.now();
    rng.shuffle(order);
    let epochLoss = 0;
    for (let start = 0; start < order.length; start += settings.batchSize) {
      const batch = order.slice(start, start + settings.batchSize);
      let nTouched = 0;
      gW.fill(0);
      gB.fill(0);
      const scale = 1 / batch.length;
      for (const index of batch) {
        const rows = input.train[index];
        // Feature dropout: keep each feature with probability 1 - featureDropout (at least one).
        let n = 0;
        for (let i = 0; i < rows.length && n < kept.length; i++) {
          if (settings.featureDropout === 0 || rng.next() >= settings.featureDropout) kept[n++] = rows[i];
        }
        if (n === 0) kept[n++] = rows[rng.int(rows.length)];
        pooled.fill(0);
        for (let i = 0; i < n; i++) {
          const base = kept[i] * dim;
          for (let k = 0; k < dim; k++) pooled[k] += model.embeddings[base + k];
        }
        const inv = 1 / Math.pow(n, settings.poolPower);
        const keepP = 1 - settings.dropout;
        for (let k = 0; k < dim; k++) {
          dropMask[k] = settings.dropout > 0 ? (rng.next() < keepP ? 1 / keepP : 0) : 1;
          pooled[k] *= inv * dropMask[k];
        }
        linear(model, pooled, logits);
        epochLoss += lossAndGrad(logits, input.trainLabels[index], input.loss, dz, input.trainUnknown?.[index]);
        dh.fill(0);
        for (let l = 0; l < labels; l++) {
          const g = dz[l] * scale;
          if (g === 0) continue;
          gB[l] += g;
          const base = l * dim;
          for (let k = 0; k < dim; k++) {
            gW[base + k] += g * pooled[k];
            dh[k] += g * model.weights[base + k];
          }
        }
        for (let k = 0; k < dim; k++) dh[k] *= dropMask[k] * inv;
        for (let i = 0; i < n; i++) {
          const row = kept[i];
          if (stamp[row] !== step) {
            stamp[row] = step;
            touched[nTouched++] = row;
            gE.fill(0, row * dim, row * dim + dim);
          }
          const base = row * dim;
          for (let k = 0; k < dim; k++) gE[base + k] += dh[k];
        }
      }
      step++;
      const lr = settings.lr * (1 - (1 - settings.lrEndFraction) * ((step - 1) / Math.max(1, totalSteps - 1)));
      embOpt.updateRows(gE, touched, nTouched, dim, lr, step);
      wOpt.update(gW, lr, step);
      bOpt.update(gB, lr, step);
    }
    const devScore = input.devScore(predictLogits(model, input.dev));
    const seconds = (Date.now() - started) / 1000;
    history.push({ epoch, loss: epochLoss / order.length, devScore, seconds });
    input.log(`epoch ${epoch}: train loss ${(epochLoss / order.length).toFixed(4)}, dev score ${devScore.toFixed(4)} (${seconds.toFixed(1)} s)`);
    if (devScore > bestScore) {
      bestScore = devScore;
      bestEpoch = epoch;
      best = cloneBagModel(model);
    } else if (epoch - bestEpoch >= settings.patience) {
      input.log(`early stop: no dev improvement for ${settings.patience} epochs; keeping epoch ${bestEpoch}`);
      break;
    }
  }
  return { model: best ?? model, bestEpoch, bestDevScore: bestScore, history };
}
