import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { type LanguageIdentifier, MIN_LETTERS_FOR_LANGUAGE, confidentLanguage } from '../../shared';
import { CANDIDATES, type Candidate, packageVersion } from './language-candidates';
import { englishFalseGates, scoreWrittenTexts, type WrittenTextScores } from './language-scores';
import { WRITTEN_TEXTS_PATH, englishDevTexts, findSharedData, longTexts, writtenTexts } from './language-texts';

// `npm run bench:language`: language-identification libraries from npm, each behind the core's confidence rule
// (at least MIN_LETTERS_FOR_LANGUAGE letters of prose, the library's own reliability), in one run on the same texts.

const USAGE = `usage: npm run bench:language -- [--data DIR] [--json FILE] [--seconds N]
  --data DIR     public data folder with goemotions/, clinc150/, arena-hard-prompts/ (default: ../shared/data, searched upward)
  --json FILE    also write the numbers as JSON
  --seconds N    time per speed measurement and library (default 1.5)`;

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

/** Texts per second of the core's rule with this library: the measurement alternates between libraries in three rounds, best kept. */
function textsPerSecond(identify: LanguageIdentifier, texts: readonly string[], seconds: number): number {
  const started = performance.now();
  const end = started + seconds * 1000;
  let count = 0;
  while (performance.now() < end) {
    for (const text of texts) confidentLanguage(text, identify);
    count += texts.length;
  }
  return count / ((performance.now() - started) / 1000);
}

function heapMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return undefined;
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

interface Row {
  candidate: Candidate;
  identify: LanguageIdentifier;
  loadMs: number;
  heapMb?: number;
  shortPerSecond: number;
  longPerSecond: number;
  written: WrittenTextScores;
  englishFalseGates: Record<string, number>;
}

function option(argv: string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) return void process.stdout.write(`${USAGE}\n`);
  const seconds = Number(option(argv, '--seconds') ?? 1.5);
  if (!(seconds > 0)) throw new Error(`--seconds must be a number above 0\n${USAGE}`);
  log(`machine: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const written = writtenTexts();
  const short = written.map((row) => row.text);
  const long = longTexts(written);
  const dataDir = option(argv, '--data') ?? findSharedData();
  const english = dataDir === undefined ? {} : englishDevTexts(dataDir);
  log(`${written.length} handwritten texts (${WRITTEN_TEXTS_PATH}), ${long.length} long texts of 3000 characters; English dev texts: ${dataDir ?? 'none found (pass --data DIR)'}`);

  const rows: Row[] = [];
  for (const candidate of CANDIDATES) {
    const heapBefore = heapMb();
    const started = performance.now();
    const identify = await candidate.load();
    identify('warm up the library');
    const loadMs = performance.now() - started;
    const heapAfter = heapMb();
    const englishGates = Object.fromEntries(Object.entries(english).map(([set, texts]) => [set, englishFalseGates(texts, identify)]));
    rows.push({ candidate, identify, loadMs, heapMb: heapBefore === undefined || heapAfter === undefined ? undefined : heapAfter - heapBefore, shortPerSecond: 0, longPerSecond: 0, written: scoreWrittenTexts(written, identify), englishFalseGates: englishGates });
    log(`  ${candidate.name}: loaded in ${loadMs.toFixed(0)} ms`);
  }
  for (let round = 0; round < 3; round++) {
    for (const row of rows) {
      row.shortPerSecond = Math.max(row.shortPerSecond, textsPerSecond(row.identify, short, seconds / 3));
      row.longPerSecond = Math.max(row.longPerSecond, textsPerSecond(row.identify, long, seconds / 3));
    }
  }

  const englishSets = Object.keys(english);
  const englishTotal = englishSets.reduce((sum, set) => sum + english[set].length, 0);
  const header = ['library', 'version', 'reliable when', 'load ms', 'heap MB', 'short texts/s', 'long texts/s', 'top language right (sentences)', `non-English sentences gated (>= ${MIN_LETTERS_FOR_LANGUAGE} letters, reliable)`, 'false gates (handwritten)', '`*_language` right', ...(englishSets.length > 0 ? [`false gates, ${englishTotal} English dev texts`] : [])];
  const percent = (part: number, whole: number): string => `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)`;
  const lines = rows.map(({ candidate, loadMs, heapMb: heap, shortPerSecond, longPerSecond, written: scores, englishFalseGates: gates }) => [
    candidate.name, packageVersion(candidate.packageName), candidate.reliability, loadMs.toFixed(0), heap === undefined ? '-' : heap.toFixed(0), shortPerSecond.toFixed(0), longPerSecond.toFixed(0),
    percent(scores.topLanguageRight, scores.topLanguageTotal), percent(scores.gated, scores.shouldGate), String(scores.falseGates), percent(scores.confidentRight, scores.confident),
    ...(englishSets.length > 0 ? [`${englishSets.reduce((sum, set) => sum + gates[set], 0)} (${englishSets.map((set) => `${set} ${gates[set]}`).join(', ')})`] : []),
  ]);
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  process.stdout.write(`\n${[line(header), line(header.map(() => '---')), ...lines.map(line)].join('\n')}\n`);
  const json = option(argv, '--json');
  if (json !== undefined) {
    const report = rows.map((row) => ({ library: row.candidate.name, version: packageVersion(row.candidate.packageName), load_ms: round(row.loadMs), heap_mb: row.heapMb === undefined ? null : round(row.heapMb), short_texts_per_s: round(row.shortPerSecond), long_texts_per_s: round(row.longPerSecond), ...row.written, english_false_gates: row.englishFalseGates }));
    writeFileSync(json, `${JSON.stringify({ command: `npm run bench:language -- ${argv.join(' ')}`.trim(), cores: cpus().length, results: report }, null, 2)}\n`);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`language bench failed: ${error.message}\n`);
  process.exit(1);
});
