export interface AdamWSettings {
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

/** AdamW state for one parameter array; `updateRows` gives the lazy (sparse) update used for embeddings. */
export class AdamWParam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;

  constructor(
    readonly values: Float32Array,
    private readonly settings: AdamWSettings,
    private readonly decay = true,
  ) {
    this.m = new Float32Array(values.length);
    this.v = new Float32Array(values.length);
  }

  /** Dense update of every value from `grad`. */
  update(grad: Float32Array, lr: number, step: number): void {
    this.updateRange(grad, 0, this.values.length, lr, step);
  }

  /** Lazy update of the listed rows only (row width `dim`); grad is indexed like values. */
  updateRows(grad: Float32Array, rows: ArrayLike<number>, count: number, dim: number, lr: number, step: number): void {
    for (let i = 0; i < count; i++) this.updateRange(grad, rows[i] * dim, rows[i] * dim + dim, lr, step);
  }

  private updateRange(grad: Float32Array, from: number, to: number, lr: number, step: number): void {
    const { beta1, beta2, eps, weightDecay } = this.settings;
    const c1 = 1 - Math.pow(beta1, step);
    const c2 = 1 - Math.pow(beta2, step);
    const stepSize = lr / c1;
    const wd = this.decay ? lr * weightDecay : 0;
    const { m, v, values } = this;
    for (let i = from; i < to; i++) {
      const g = grad[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      values[i] -= stepSize * m[i] / (Math.sqrt(v[i] / c2) + eps) + wd * values[i];
    }
  }
}
