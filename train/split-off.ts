import { SeededRandom } from '../modelgen/seeded-random';

/** Seeded split of `items` into [rest, part] where part has round(fraction * n) items. */
export function splitOff<T>(items: readonly T[], fraction: number, seed: number): [T[], T[]] {
  const shuffled = new SeededRandom(seed).shuffle([...items]);
  const n = Math.round(shuffled.length * fraction);
  return [shuffled.slice(n), shuffled.slice(0, n)];
}
