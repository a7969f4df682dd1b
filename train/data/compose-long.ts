import { SeededRandom } from '../../modelgen/seeded-random';
import type { Example } from '../example';

/** Where the flow sentence goes in a composed answer. */
const PLACES = ['start', 'end', 'middle'] as const;

/** Splits a body at a paragraph (or sentence) break near its middle. */
function halves(body: string): [string, string] {
  const cuts = [...body.matchAll(/\n\n|(?<=[.!?]) /g)].map((m) => m.index ?? 0).filter((i) => i > 0);
  if (cuts.length === 0) return [body, ''];
  const mid = cuts.reduce((best, i) => (Math.abs(i - body.length / 2) < Math.abs(best - body.length / 2) ? i : best));
  return [body.slice(0, mid).trim(), body.slice(mid).trim()];
}

/**
 * Long LLM-style answers built from written parts: a labeled flow sentence (a refusal, an apology, "I can't
 * see images") placed at the start, the end or the middle of one or two written answer bodies. The label
 * stays the flow sentence's: it is one sentence among many, as in real answers. Seeded.
 */
export function composeLongAnswers(flowSentences: readonly Example[], bodies: readonly string[], perSentence: number, seed: number): Example[] {
  const rng = new SeededRandom(seed);
  const out: Example[] = [];
  for (const sentence of flowSentences) {
    for (let k = 0; k < perSentence; k++) {
      const body = bodies[rng.int(bodies.length)];
      const extra = rng.next() < 0.3 ? `\n\n${bodies[rng.int(bodies.length)]}` : '';
      const place = PLACES[rng.int(PLACES.length)];
      let text: string;
      if (place === 'start') text = `${sentence.text} ${rng.next() < 0.5 ? '\n\n' : ''}${body}${extra}`;
      else if (place === 'end') text = `${body}${extra}\n\n${sentence.text}`;
      else {
        const [first, second] = halves(body);
        text = `${first}\n\n${sentence.text}\n\n${second}${extra}`;
      }
      out.push({ text, labels: sentence.labels, source: `${sentence.source}-long` });
    }
  }
  return out;
}
