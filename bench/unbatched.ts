import { batchFeeds, createBenchSession } from './bench-session';
import { encodeTexts, loadFolderTokenizer } from './bench-tokenizer';
import { DEFAULT_MAX_LENGTH, EngineMeasureOptions } from './engine-options';
import { RssPeakSampler } from './rss';
import { cpuPercentProbe, secondsSince, summarizeThroughput, ThroughputResult } from './throughput';

/** The naive baseline: one session.run per pre-tokenized text, no padding. */
export async function measureUnbatched(options: EngineMeasureOptions): Promise<ThroughputResult> {
  const encoded = encodeTexts(loadFolderTokenizer(options.modelDir), options.texts, options.maxLength ?? DEFAULT_MAX_LENGTH);
  const session = options.session ?? (await createBenchSession(options.modelDir, options.sessionOptions));
  await session.run(batchFeeds(session.inputNames, [encoded[0]])); // warm-up

  const secondsPerText: number[] = [];
  const sampler = new RssPeakSampler().start();
  const cpuPercent = cpuPercentProbe();
  const start = process.hrtime.bigint();
  for (const ids of encoded) {
    const textStart = process.hrtime.bigint();
    await session.run(batchFeeds(session.inputNames, [ids]));
    secondsPerText.push(secondsSince(textStart));
  }
  const wallSeconds = secondsSince(start);
  const result = summarizeThroughput(options.name ?? 'unbatched ort', encoded.map((ids) => ids.length), secondsPerText, wallSeconds);
  result.cpuPercent = cpuPercent();
  result.peakRssMb = sampler.stop();
  if (options.session === undefined) await session.release();
  return result;
}
