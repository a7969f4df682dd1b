import type { Example } from '../example';
import { splitOff } from '../split-off';

export interface Splits {
  train: Example[];
  dev: Example[];
  heldout: Example[];
}

/** Seeded: `heldoutFraction` held out, then `devFraction` of the rest as dev. */
export function splitThree(examples: Example[], heldoutFraction: number, devFraction: number, seed: number): Splits {
  const [rest, heldout] = splitOff(examples, heldoutFraction, seed);
  const [train, dev] = splitOff(rest, devFraction, seed + 7);
  return { train, dev, heldout };
}

export function mergeSplits(parts: Splits[]): Splits {
  return {
    train: parts.flatMap((p) => p.train),
    dev: parts.flatMap((p) => p.dev),
    heldout: parts.flatMap((p) => p.heldout),
  };
}

/** Drops exact duplicate texts (case-insensitive) across splits: a text in held-out or dev leaves train. */
export function dedupeAcrossSplits(splits: Splits): Splits {
  const key = (e: Example): string => e.text.trim().toLowerCase();
  const held = new Set(splits.heldout.map(key));
  const dev = splits.dev.filter((e) => !held.has(key(e)));
  const devKeys = new Set(dev.map(key));
  return { heldout: splits.heldout, dev, train: splits.train.filter((e) => !held.has(key(e)) && !devKeys.has(key(e))) };
}
