import type * as ort from 'onnxruntime-node';

/** What every engine measurement takes: the same model folder and the same texts. */
export interface EngineMeasureOptions {
  modelDir: string;
  texts: string[];
  /** Token cut, [CLS]/[SEP] included (default 256, the reference models' limit). */
  maxLength?: number;
  sessionOptions?: ort.InferenceSession.SessionOptions;
  /** Reuse an open session (e.g. across token budgets) instead of creating one. */
  session?: ort.InferenceSession;
  /** Label for the result. */
  name?: string;
}

export const DEFAULT_MAX_LENGTH = 256;
