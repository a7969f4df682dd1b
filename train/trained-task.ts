import type { BagGraphSpec } from './onnx/bag-graph';
import type { BenignFpr } from './benign-fpr';
import type { EvalContext } from './evaluate';
import type { TaskData } from './example';
import type { FeatureSpace } from './features';
import type { Metrics } from './metrics';
import type { TaskSpec } from './tasks';
import type { PieceTokenizer } from './tokenize';

/** Everything the writers need about one finished training run. */
export interface TrainedTask {
  spec: TaskSpec;
  data: TaskData;
  ctx: EvalContext;
  tokenizer: PieceTokenizer;
  space: FeatureSpace;
  graph: BagGraphSpec;
  thresholds: Float32Array;
  metrics: Record<string, Metrics | Record<string, Metrics>>;
  /** False-positive rates on the benign held-out sources (tasks with benign sources only). */
  benignFpr?: { heldout: Record<string, BenignFpr>; dev: Record<string, BenignFpr> };
  heldoutIds: Int32Array[];
  heldoutLogits: Float32Array;
  bestEpoch: number;
  history: Array<{ epoch: number; loss: number; devScore: number; seconds: number }>;
  seconds: number;
  seed: number;
}
