import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CircuitBreaker } from '../sandbox/circuit-breaker';
import { collectBody } from './collect-body';
import type { ForwardBody } from './forward-upstream';
import type { GatewayMetrics } from './gateway-metrics';
import { type CaptureResult, type LabelOutcome, labelCaptureBody } from './label-capture';
import type { LabelingCapacity } from './labeling-capacity';
import type { SuiteLabeler } from './suite-labeler';

export interface CaptureHandlerContext {
  labeler: SuiteLabeler;
  breaker: CircuitBreaker;
  capacity: LabelingCapacity;
  metrics: GatewayMetrics;
  maxBodyBytes: number;
  labelTimeoutMs: number;
  forward(request: IncomingMessage, response: ServerResponse, route: string, body: ForwardBody): Promise<void>;
}

const NO_EVENTS = { labeled: 0, unlabeled: 0, other: 0 };

/**
 * A POST to a capture route: read the body (within the labeling limits), label its LLM events, and forward either the
 * labeled body or, on any other result, the original bytes. Requests the gateway cannot hold go on at once, streamed.
 */
export function captureHandler(context: CaptureHandlerContext): (request: IncomingMessage, response: ServerResponse, route: string, query: URLSearchParams) => Promise<void> {
  const { labeler, capacity, metrics } = context;
  return async (request, response, route, query) => {
    const passOn = (result: CaptureResult, prefix: Buffer[] = []): Promise<void> => {
      metrics.recordCapture(route, result, NO_EVENTS, 0);
      return context.forward(request, response, route, { prefix });
    };
    if (!labeler.isReady()) return passOn('not_ready');
    const ticket = capacity.enter();
    if (ticket === undefined) return passOn('busy');
    let outcome: LabelOutcome | undefined;
    try {
      const collected = await collectBody(request, context.maxBodyBytes, ticket).catch(() => undefined);
      // A client that left mid-body sent nothing whole: forwarding a part would store less than it will resend.
      if (collected === undefined) return void response.destroy();
      if (!collected.complete) return await passOn(collected.reason, collected.prefix);
      const bodyArrived = process.hrtime.bigint();
      const info = { contentType: request.headers['content-type'], contentEncoding: request.headers['content-encoding'], compression: query.get('compression') };
      outcome = await labelCaptureBody(collected.body, info, { labeler, breaker: context.breaker, timeoutMs: context.labelTimeoutMs, maxDecodedBytes: context.maxBodyBytes, reserve: (bytes) => ticket.reserve(bytes) });
      metrics.recordCapture(route, outcome.result, outcome.events, Number(process.hrtime.bigint() - bodyArrived) / 1e9);
      await context.forward(request, response, route, { bytes: outcome.result === 'labeled' && outcome.body ? outcome.body : collected.body });
    } finally {
      // Work that outlived its budget still holds its memory until processEvent lets go of it.
      if (outcome) void outcome.settled.finally(() => ticket.leave());
      else ticket.leave();
    }
  };
}
