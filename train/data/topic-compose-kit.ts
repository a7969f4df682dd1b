import type { SeededRandom } from '../../modelgen/seeded-random';

/** One item of `items`, chosen by `rng`. */
export function pick<T>(rng: SeededRandom, items: readonly T[]): T {
  return items[rng.int(items.length)];
}

/** Fills `{name}` slots (or `%name%` ones, for templates holding LaTeX braces) with values chosen from `slots`; unknown slots are an error. */
export function fill(rng: SeededRandom, template: string, slots: Record<string, readonly string[]>, slot: RegExp = /\{(\w+)\}/g): string {
  return template.replace(slot, (_, name: string) => {
    const values = slots[name];
    if (!values) throw new Error(`template slot {${name}} has no values: ${template}`);
    return pick(rng, values);
  });
}

/** `count` distinct texts from `make` (gives up after 20 x count tries when the combinations run out). */
export function distinct(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  for (let tries = 0; seen.size < count && tries < count * 20; tries++) seen.add(make());
  return [...seen];
}

/** First letter upper-cased (templates may start with a slot). */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
