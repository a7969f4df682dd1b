import { onnx } from 'onnx-proto';

/** Element types used by our graphs (values are ONNX TensorProto.DataType codes). */
export const ElementType = {
  float: 1,
  uint8: 2,
  int8: 3,
  int32: 6,
  int64: 7,
} as const;
export type ElementTypeName = keyof typeof ElementType;

type InitializerData = Float32Array | BigInt64Array | Int32Array | Int8Array | Uint8Array;
type AttributeValue = number | number[] | string | { tensor: InitializerData; dims: number[] };

// Attributes whose numbers ONNX stores as integers; every other numeric attribute is a float.
const INTEGER_ATTRIBUTES = new Set(['axis', 'keepdims', 'to', 'transA', 'transB', 'noop_with_empty_axes', 'num_heads']);

function elementTypeOf(data: InitializerData): number {
  if (data instanceof Float32Array) return ElementType.float;
  if (data instanceof BigInt64Array) return ElementType.int64;
  if (data instanceof Int32Array) return ElementType.int32;
  if (data instanceof Int8Array) return ElementType.int8;
  return ElementType.uint8;
}

function tensorProto(name: string, data: InitializerData, dims: number[]): onnx.ITensorProto {
  const expected = dims.reduce((product, dim) => product * dim, 1);
  if (expected !== data.length) {
    throw new Error(`initializer ${name}: dims ${JSON.stringify(dims)} hold ${expected} values, got ${data.length}`);
  }
  return {
    name,
    dims,
    dataType: elementTypeOf(data),
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

function valueInfo(name: string, type: ElementTypeName, dims: Array<number | string>): onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: ElementType[type],
        shape: { dim: dims.map((dim) => (typeof dim === 'number' ? { dimValue: dim } : { dimParam: dim })) },
      },
    },
  };
}

function attributeProto(name: string, value: AttributeValue): onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string') return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  if (typeof value === 'number') {
    return INTEGER_ATTRIBUTES.has(name)
      ? { name, type: AttributeType.INT, i: value }
      : { name, type: AttributeType.FLOAT, f: value };
  }
  return { name, type: AttributeType.TENSOR, t: tensorProto(name, value.tensor, value.dims) };
}

/** Collects nodes, initializers and graph inputs/outputs, then serialises one ONNX model. */
export class OnnxGraphBuilder {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly inputs: onnx.IValueInfoProto[] = [];
  private readonly outputs: onnx.IValueInfoProto[] = [];
  private nodeCount = 0;

  constructor(private readonly graphName: string) {}

  input(name: string, type: ElementTypeName, dims: Array<number | string>): string {
    this.inputs.push(valueInfo(name, type, dims));
    return name;
  }

  output(name: string, type: ElementTypeName, dims: Array<number | string>): string {
    this.outputs.push(valueInfo(name, type, dims));
    return name;
  }

  initializer(name: string, data: InitializerData, dims: number[]): string {
    this.initializers.push(tensorProto(name, data, dims));
    return name;
  }

  /** Adds a node and returns the name of its (first) output. */
  node(opType: string, inputs: string[], attributes: Record<string, AttributeValue> = {}, outputs?: string[]): string {
    const outputNames = outputs ?? [`${opType.toLowerCase()}_${this.nodeCount}`];
    this.nodes.push({
      name: `${opType}_${this.nodeCount++}`,
      opType,
      input: inputs,
      output: outputNames,
      attribute: Object.entries(attributes).map(([name, value]) => attributeProto(name, value)),
    });
    return outputNames[0];
  }

  toBytes(opsetVersion = 17, extraOpsets: Array<{ domain: string; version: number }> = []): Uint8Array {
    const model: onnx.IModelProto = {
      irVersion: 8,
      producerName: 'posthog-llm-classifiers',
      opsetImport: [{ domain: '', version: opsetVersion }, ...extraOpsets],
      graph: {
        name: this.graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
    };
    return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
  }
}
