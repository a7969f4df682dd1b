import { OnnxGraphBuilder } from '../onnx/graph-builder';
import { quantizeSymmetricInt8 } from './int8-quantize';

export type WeightQuantization = 'fp32' | 'int8';

/**
 * The building blocks of a BERT graph over {@link OnnxGraphBuilder}: each emits the node pattern a
 * Hugging Face export emits (fp32) or onnxruntime's quantize_dynamic rewrites it into (int8).
 */
export class BertGraphOps {
  private readonly scalarNames = new Map<string, string>();

  constructor(
    readonly graph: OnnxGraphBuilder,
    private readonly quantization: WeightQuantization,
  ) {}

  /** A float scalar initializer, created once per value. */
  floatScalar(value: number): string {
    return this.cachedScalar(`const_f_${value}`, () => new Float32Array([value]));
  }

  /** An int64 scalar initializer, created once per value. */
  int64Scalar(value: number): string {
    return this.cachedScalar(`const_i64_${value}`, () => new BigInt64Array([BigInt(value)]));
  }

  /** An int64 1-D initializer (shapes, axes). */
  int64Vector(name: string, values: number[]): string {
    return this.graph.initializer(name, new BigInt64Array(values.map((v) => BigInt(v))), [values.length]);
  }

  /** `table[indices]`; int8 tables are gathered quantized then dequantized, as quantize_dynamic does for Gather. */
  embeddingLookup(name: string, table: Float32Array, dims: [number, number], indices: string): string {
    if (this.quantization === 'fp32') {
      return this.graph.node('Gather', [this.graph.initializer(name, table, dims), indices], { axis: 0 });
    }
    const quantized = quantizeSymmetricInt8(table);
    const gathered = this.graph.node('Gather', [this.graph.initializer(`${name}_quantized`, quantized.values, dims), indices], { axis: 0 });
    const scale = this.graph.initializer(`${name}_scale`, new Float32Array([quantized.scale]), []);
    const zeroPoint = this.graph.initializer(`${name}_zero_point`, new Int8Array([0]), []);
    return this.graph.node('DequantizeLinear', [gathered, scale, zeroPoint]);
  }

  /** `x · weight + bias` with weight [in, out]; int8 uses DynamicQuantizeLinear + MatMulInteger + Cast + Mul. */
  linear(name: string, x: string, weight: Float32Array, bias: Float32Array, dims: [number, number], outputName?: string): string {
    const product = this.quantization === 'fp32'
      ? this.graph.node('MatMul', [x, this.graph.initializer(`${name}.weight`, weight, dims)])
      : this.quantizedMatMul(name, x, weight, dims);
    const biasName = this.graph.initializer(`${name}.bias`, bias, [dims[1]]);
    return this.graph.node('Add', [product, biasName], {}, outputName === undefined ? undefined : [outputName]);
  }

  layerNorm(name: string, x: string, hidden: number, epsilon: number): string {
    const gamma = this.graph.initializer(`${name}.weight`, new Float32Array(hidden).fill(1), [hidden]);
    const beta = this.graph.initializer(`${name}.bias`, new Float32Array(hidden), [hidden]);
    return this.graph.node('LayerNormalization', [x, gamma, beta], { axis: -1, epsilon });
  }

  /** Exact GELU as torch exports it, 0.5·x·(1 + erf(x/√2)); onnxruntime fuses the pattern into one Gelu. */
  gelu(x: string): string {
    const erf = this.graph.node('Erf', [this.graph.node('Div', [x, this.floatScalar(Math.SQRT2)])]);
    const onePlusErf = this.graph.node('Add', [erf, this.floatScalar(1)]);
    return this.graph.node('Mul', [this.graph.node('Mul', [x, onePlusErf]), this.floatScalar(0.5)]);
  }

  private quantizedMatMul(name: string, x: string, weight: Float32Array, dims: [number, number]): string {
    const quantized = quantizeSymmetricInt8(weight);
    const weightName = this.graph.initializer(`${name}.weight_quantized`, quantized.values, dims);
    const weightScale = this.graph.initializer(`${name}.weight_scale`, new Float32Array([quantized.scale]), []);
    const weightZeroPoint = this.graph.initializer(`${name}.weight_zero_point`, new Int8Array([0]), []);
    const xQuantized = `${name}_input_quantized`;
    const xScale = `${name}_input_scale`;
    const xZeroPoint = `${name}_input_zero_point`;
    this.graph.node('DynamicQuantizeLinear', [x], {}, [xQuantized, xScale, xZeroPoint]);
    const integerProduct = this.graph.node('MatMulInteger', [xQuantized, weightName, xZeroPoint, weightZeroPoint]);
    const floatProduct = this.graph.node('Cast', [integerProduct], { to: 1 });
    const combinedScale = this.graph.node('Mul', [xScale, weightScale]);
    return this.graph.node('Mul', [floatProduct, combinedScale]);
  }

  private cachedScalar(key: string, data: () => Float32Array | BigInt64Array): string {
    let name = this.scalarNames.get(key);
    if (name === undefined) {
      name = this.graph.initializer(key, data(), []);
      this.scalarNames.set(key, name);
    }
    return name;
  }
}
