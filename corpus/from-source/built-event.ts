import type { ExpectedTexts } from '../scenario';

/** Where in a producer's public source the shape of an event was read. */
export interface SourceCitation {
  repository: string;
  file: string;
  commit: string;
}

/** An event of a producer that cannot run here, built as its source code builds it. */
export interface BuiltEvent {
  scenario: string;
  expected: ExpectedTexts;
  event: string;
  properties: Record<string, unknown>;
  builtFrom: SourceCitation[];
}

export interface BuiltProducer {
  producer: string;
  description: string;
  events: BuiltEvent[];
}
