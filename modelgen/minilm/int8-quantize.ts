/** A tensor quantized the way onnxruntime's quantize_dynamic quantizes weights by default. */
export interface SymmetricInt8 {
  values: Int8Array;
  scale: number;
}

/**
 * Per-tensor symmetric int8 (zero point 0, range [-127, 127]): quantize_dynamic's default for
 * QInt8 weights, so MatMulInteger gets an int8 weight with an int8 zero point of 0.
 */
export function quantizeSymmetricInt8(data: Float32Array): SymmetricInt8 {
  let maxAbs = 0;
  for (let i = 0; i < data.length; i++) maxAbs = Math.max(maxAbs, Math.abs(data[i]));
  const scale = maxAbs === 0 ? 1 : maxAbs / 127;
  const values = new Int8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    values[i] = Math.max(-127, Math.min(127, Math.round(data[i] / scale)));
  }
  return { values, scale: Math.fround(scale) };
}
