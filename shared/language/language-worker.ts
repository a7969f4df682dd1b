import { parentPort } from 'node:worker_threads';
import { confidentLanguage } from './confident-language';
import { type LoadedIdentifier, loadEldIdentifier } from './eld-identifier';
import type { LanguageReply, LanguageRequest } from './language-protocol';

// The language thread: detection costs about as much main-thread time as the default models' tokenizing, so it
// runs here, beside the main thread (PostHog's ingestion loop), which only sends each text's sampled start.
const port = parentPort;
if (!port) throw new Error('language-worker must run in a worker thread');

let identifier: Promise<LoadedIdentifier> | undefined;

async function answer(request: LanguageRequest): Promise<LanguageReply> {
  identifier ??= loadEldIdentifier();
  const { identify, languages } = await identifier;
  if (request.kind === 'load') return { kind: 'loaded', requestId: request.requestId, languages: [...languages] };
  return { kind: 'detected', requestId: request.requestId, languages: request.samples.map((sample) => confidentLanguage(sample, identify) ?? null) };
}

port.on('message', (request: LanguageRequest) => {
  answer(request).then(
    (reply) => port.postMessage(reply),
    (error: Error) => port.postMessage({ kind: 'failed', requestId: request.requestId, message: error.message.split('\n')[0] } satisfies LanguageReply),
  );
});
