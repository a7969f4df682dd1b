export interface BenchArgs {
  events: number;
  concurrency: number;
  bucketLimit: number;
  allPluginsEvents: number;
  json?: string;
  /** A folder holding downloaded reference models (minilm-emotion, ...) to benchmark instead of the random-weight ones. */
  models?: string;
  skipFp32: boolean;
  skipTransformersJs: boolean;
}

export const BENCH_USAGE = `usage: npm run bench -- [--events N] [--concurrency N] [--bucket-limit N] [--all-plugins-events N]
                      [--json FILE] [--models DIR] [--skip-fp32] [--skip-transformers-js] [--quick]
  --events N            events per corpus (default 2000; two corpora: 0% and 30% repeated texts)
  --concurrency N       events in flight through processEvent (default 64, as PostHog ingestion)
  --bucket-limit N      texts per length bucket for the per-bucket table (default 400)
  --all-plugins-events N  events for the all-plugins run (default 300)
  --models DIR          benchmark downloaded reference models (DIR/minilm-emotion, ...) instead of random-weight ones
  --quick               400 events, 60 texts per bucket, 100 all-plugins events, no fp32`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const args: BenchArgs = {
    events: Number(value('--events') ?? (quick ? 400 : 2000)),
    concurrency: Number(value('--concurrency') ?? 64),
    bucketLimit: Number(value('--bucket-limit') ?? (quick ? 60 : 400)),
    allPluginsEvents: Number(value('--all-plugins-events') ?? (quick ? 100 : 300)),
    json: value('--json'),
    models: value('--models'),
    skipFp32: quick || argv.includes('--skip-fp32'),
    skipTransformersJs: argv.includes('--skip-transformers-js'),
  };
  for (const [name, number] of Object.entries({ events: args.events, concurrency: args.concurrency, bucketLimit: args.bucketLimit, allPluginsEvents: args.allPluginsEvents })) {
    if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} must be a whole number above 0\n${BENCH_USAGE}`);
  }
  return args;
}
