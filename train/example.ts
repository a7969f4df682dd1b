/** One labeled text: `labels` are indices into the task's label list (empty = no label). */
export interface Example {
  text: string;
  labels: number[];
  /** Where it came from (data set name), for per-source metrics. */
  source: string;
  /** Multi-label: labels this source does not annotate (OLID has no threat label): left out of the loss and of the counts. */
  unknown?: number[];
}

/** The splits a task loader hands the trainer. */
export interface TaskData {
  labels: string[];
  train: Example[];
  /** For early stopping and threshold tuning. */
  dev: Example[];
  /** Held out from training and tuning; metrics are reported on it, per source too. */
  heldout: Example[];
  /** One line per data decision (mapping, dropped rows), for the model card. */
  notes: string[];
}
