import { dirname, basename } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { loadTokenEncoder } from '../shared/tokenizer/load-token-encoder';
import { fixtureModel } from './helpers/fixture-models';

const SENTENCES = [
  'Hello, world!',
  "I'm SO happy with this answer... thanks a lot!!",
  'naïve café — 50% off, "quoted" text & symbols #1',
  'emoji 😀👍🏽 and CJK 你好 and RTL שלום مرحبا',
  'zero\u200bwidth and tabs\tand\nnewlines',
  'def parse(rows): return [r.split(",") for r in rows if r]',
];

/** The full transformers.js tokenizer (a devDependency) on the same folder, for cross-checking ours. */
async function referenceIds(modelDir: string, text: string): Promise<number[]> {
  env.allowRemoteModels = false;
  env.localModelPath = `${dirname(modelDir)}/`;
  const tokenizer = await AutoTokenizer.from_pretrained(basename(modelDir));
  const encoded = tokenizer(text) as { input_ids: { tolist(): Array<Array<bigint | number>> } };
  return encoded.input_ids.tolist()[0].map(Number);
}

describe('our tokenizer (@huggingface/tokenizers) gives the same ids as transformers.js', () => {
  it.each([
    ['BERT WordPiece fixture', fixtureModel('toxicity')],
    ['byte-level BPE fixture', fixtureModel('emotion')],
  ])('%s', async (_, modelDir) => {
    const encoder = loadTokenEncoder(modelDir);
    for (const sentence of SENTENCES) expect(encoder.encode(sentence, 512)).toEqual(await referenceIds(modelDir, sentence));
  });
});
