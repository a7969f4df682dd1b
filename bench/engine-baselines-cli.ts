import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelSlot } from '../modelgen/model-slots';
import { writeMiniLmShapedModel } from '../modelgen/minilm/write-minilm-model';
import { createBenchSession, SESSION_VARIANTS } from './bench-session';
import { generateCorpus } from './corpus';
import { corpusTexts, interleavedTexts } from './corpus-texts';
import { throughputTable } from './format-throughput';
import { measureRawOrt } from './raw-ort';
import { processPeakRssMb } from './rss';
import { spreadSample } from './sample-texts';
import { ThroughputResult } from './throughput';
import { measureTransformersJs } from './transformers-js';
import { measureUnbatched } from './unbatched';

// Engine baselines without the plugin core: raw ORT (sorted, token-budget batches) vs one run per text
// vs the transformers.js pipeline, on random-weight MiniLM-shaped fp32 and int8 models.

const USAGE = 'usage: node dist/bench/engine-baselines-cli.js [--limit N] [--events N] [--budgets 256,512,...] [--tuning-limit N] [--rounds N] [--engine-rounds N] [--skip-fp32] [--skip-transformers-js]';

interface Args {
  limit: number;
  events: number;
  tuningLimit: number;
  budgets: number[];
  rounds: number;
  engineRounds: number;
  skipFp32: boolean;
  skipTransformersJs: boolean;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  if (argv.includes('--help')) throw new Error(USAGE);
  const args: Args = {
    limit: Number(value('--limit') ?? 1000),
    events: Number(value('--events') ?? 2000),
    tuningLimit: Number(value('--tuning-limit') ?? 300),
    budgets: (value('--budgets') ?? '256,512,1024,2048,4096,8192').split(',').map(Number),
    rounds: Number(value('--rounds') ?? 2),
    engineRounds: Number(value('--engine-rounds') ?? 1),
    skipFp32: argv.includes('--skip-fp32'),
    skipTransformersJs: argv.includes('--skip-transformers-js'),
  };
  if (![args.limit, args.tuningLimit, args.events, args.rounds, args.engineRounds, ...args.budgets].every((n) => Number.isInteger(n) && n > 0)) throw new Error(USAGE);
  return args;
}

/**
 * The fastest of `rounds` runs of each candidate, rounds interleaved (A B C, A B C) so that load from
 * other processes on this 2-core machine hits every candidate alike.
 */
async function bestOfInterleaved(rounds: number, candidates: Array<() => Promise<ThroughputResult>>): Promise<ThroughputResult[]> {
  const best: Array<ThroughputResult | undefined> = candidates.map(() => undefined);
  for (let round = 0; round < rounds; round++) {
    for (const [index, run] of candidates.entries()) {
      const result = await run();
      const previous = best[index];
      if (previous === undefined || result.textsPerSecond > previous.textsPerSecond) best[index] = result;
    }
  }
  return best as ThroughputResult[];
}

const fastest = (results: ThroughputResult[]): ThroughputResult => results.reduce((a, b) => (b.textsPerSecond > a.textsPerSecond ? b : a));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'engine-baselines-'));
  try {
    const models = { int8: join(root, 'int8'), fp32: join(root, 'fp32') };
    for (const quantization of ['int8', 'fp32'] as const) {
      writeMiniLmShapedModel({ outDir: models[quantization], labels: modelSlot('emotion').labels, problemType: modelSlot('emotion').problemType, quantization, seed: 42 });
    }
    const allTexts = interleavedTexts(corpusTexts(generateCorpus({ events: args.events, repeatShare: 0 })));
    const texts = spreadSample(allTexts, args.limit);
    const tuningTexts = spreadSample(allTexts, args.tuningLimit, 12);
    console.log(`corpus: ${args.events} events, ${allTexts.length} texts; measuring ${texts.length} (tuning on ${tuningTexts.length}); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

    console.log('\n== session options (int8, raw ORT, budget 1024) ==');
    const variantResults = await bestOfInterleaved(args.rounds, Object.entries(SESSION_VARIANTS).map(([name, sessionOptions]) =>
      () => measureRawOrt({ modelDir: models.int8, texts: tuningTexts, tokenBudget: 1024, sessionOptions, name })));
    console.log(throughputTable(variantResults));
    const bestVariant = fastest(variantResults).name;
    const sessionOptions = SESSION_VARIANTS[bestVariant];
    console.log(`fastest session options: ${bestVariant}`);

    const bestBudgets: Record<string, number> = {};
    for (const quantization of args.skipFp32 ? (['int8'] as const) : (['int8', 'fp32'] as const)) {
      console.log(`\n== token budget (${quantization}, raw ORT, best of ${args.rounds}; load ${loadavg()[0].toFixed(2)}) ==`);
      const session = await createBenchSession(models[quantization], sessionOptions);
      const perBudget = await bestOfInterleaved(args.rounds, args.budgets.map((tokenBudget) =>
        () => measureRawOrt({ modelDir: models[quantization], texts: tuningTexts, session, tokenBudget })));
      await session.release();
      console.log(throughputTable(perBudget));
      bestBudgets[quantization] = Number(fastest(perBudget).details?.tokenBudget);
      console.log(`best token budget (${quantization}): ${bestBudgets[quantization]}`);
    }

    for (const quantization of args.skipFp32 ? (['int8'] as const) : (['int8', 'fp32'] as const)) {
      console.log(`\n== engines (${quantization}, ${texts.length} texts, session options ${bestVariant}, best of ${args.engineRounds}; load ${loadavg()[0].toFixed(2)}) ==`);
      const modelDir = models[quantization];
      const tokenBudget = bestBudgets[quantization];
      const engines = [
        () => measureRawOrt({ modelDir, texts, sessionOptions, tokenBudget, name: `raw ORT, budget ${tokenBudget}` }),
        () => measureUnbatched({ modelDir, texts, sessionOptions, name: 'unbatched ORT' }),
        ...(args.skipTransformersJs ? [] : [() => measureTransformersJs({ modelDir, texts, name: 'transformers.js pipeline' })]),
      ];
      const results = await bestOfInterleaved(args.engineRounds, engines);
      console.log(throughputTable(results));
    }
    console.log(`\nprocess peak RSS: ${processPeakRssMb().toFixed(0)} MB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
