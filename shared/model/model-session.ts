/** An int64 input tensor as plain data, so it can cross to the inference thread without copying. */
export interface Int64Feed {
  data: BigInt64Array;
  dims: number[];
}

export interface FloatOutput {
  data: Float32Array;
  dims: readonly number[];
}

/** A loaded ONNX model as the core sees it: its input names and a way to run one batch. */
export interface ModelSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  readonly provider: 'cpu' | 'cuda';
  run(feeds: Record<string, Int64Feed>): Promise<Record<string, FloatOutput>>;
}
