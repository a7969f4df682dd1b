import { LENGTH_BUCKETS } from './length-buckets';
import { ThroughputResult } from './throughput';

/** Header and rows of a fixed-width table: texts/s overall and by length bucket, plus peak RSS. */
export function throughputTable(results: ThroughputResult[]): string {
  const columns = ['engine', 'texts', 'texts/s', 'tokens/s', ...LENGTH_BUCKETS.map(({ name }) => `${name} t/s`), 'peak RSS MB', 'cpu %'];
  const rows = results.map((result) => [
    result.name,
    String(result.texts),
    result.textsPerSecond.toFixed(1),
    result.tokensPerSecond.toFixed(0),
    ...LENGTH_BUCKETS.map(({ name }) => (result.byBucket[name].texts === 0 ? '-' : result.byBucket[name].textsPerSecond.toFixed(1))),
    result.peakRssMb === undefined ? '-' : result.peakRssMb.toFixed(0),
    result.cpuPercent === undefined ? '-' : result.cpuPercent.toFixed(0),
  ]);
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(columns), ...rows.map(line)].join('\n');
}
