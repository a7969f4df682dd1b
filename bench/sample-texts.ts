import { SeededRandom } from '../modelgen/seeded-random';

/**
 * `limit` texts picked at random (seeded) and kept in corpus order, so the sample has the corpus's
 * user/assistant and length mix (a fixed stride over interleaved texts would pick only one side).
 */
export function spreadSample(texts: string[], limit: number, seed = 11): string[] {
  if (limit >= texts.length) return texts.slice();
  const random = new SeededRandom(seed);
  const indices = texts.map((_, index) => index);
  for (let i = 0; i < limit; i++) {
    const j = i + random.int(indices.length - i);
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, limit).sort((a, b) => a - b).map((index) => texts[index]);
}
