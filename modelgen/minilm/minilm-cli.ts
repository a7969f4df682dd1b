import { SLOT_IDS, modelSlot } from '../model-slots';
import { writeMiniLmShapedModel } from './write-minilm-model';

const USAGE = `usage: node dist/modelgen/minilm/minilm-cli.js --out DIR --labels ${SLOT_IDS.join('|')} [--int8] [--seed N] [--layers N]`;

function parseArgs(argv: string[]): { out: string; labels: string; int8: boolean; seed: number; layers?: number } {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const out = value('--out');
  const labels = value('--labels');
  if (out === undefined || labels === undefined || !SLOT_IDS.includes(labels)) throw new Error(USAGE);
  const layers = value('--layers');
  return {
    out,
    labels,
    int8: argv.includes('--int8'),
    seed: Number(value('--seed') ?? 42),
    layers: layers === undefined ? undefined : Number(layers),
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const written = writeMiniLmShapedModel({
    outDir: args.out,
    labels: modelSlot(args.labels).labels,
    problemType: modelSlot(args.labels).problemType,
    quantization: args.int8 ? 'int8' : 'fp32',
    seed: args.seed,
    shape: args.layers === undefined ? undefined : { layers: args.layers },
  });
  console.log(`wrote ${written.onnxPath} (${(written.onnxBytes / 1e6).toFixed(1)} MB)`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
