import * as ort from 'onnxruntime-node';
import { SeededRandom } from '../../modelgen/seeded-random';
import { buildFeatureSpace } from '../../train/features';
import { foldAndQuantize, foldedLogits } from '../../train/folded';
import { initBagModel } from '../../train/model';
import { bagGraphOnnx } from '../../train/onnx/bag-graph';

// The trainer scores the model with its own forward pass; the ONNX graph must compute the same logits.
describe('the default-tier ONNX graph', () => {
  it('gives the trainer\'s logits for pieces, a pruned bigram table, skip-bigrams and trigrams', async () => {
    const rng = new SeededRandom(7);
    const vocab = 300;
    const texts = Array.from({ length: 40 }, () => Int32Array.from({ length: 3 + rng.int(20) }, () => 1 + rng.int(vocab - 1)));
    const families = [
      { offsets: [0, 1], buckets: 64, minCount: 2 },
      { offsets: [0, 2], buckets: 32 },
      { offsets: [0, 1, 2], buckets: 16 },
    ];
    const space = buildFeatureSpace(texts.slice(0, 20), vocab, 2, families, 1000003);
    const rows = space.families.reduce((sum, f) => sum + f.rows, space.unigramRows);
    const model = initBagModel(rows, 8, 3, rng, 0.5);
    for (let i = 0; i < model.embeddings.length; i++) model.embeddings[i] = rng.next() * 2 - 1;
    const graph = foldAndQuantize([model], space);
    expect(graph.ngrams[0].remap).toBeDefined();

    const session = await ort.InferenceSession.create(bagGraphOnnx(graph));
    const expected = foldedLogits(graph, space, texts);
    // One padded batch, as the inference core feeds it.
    const seq = Math.max(...texts.map((t) => t.length));
    const ids = new BigInt64Array(texts.length * seq);
    const mask = new BigInt64Array(texts.length * seq);
    texts.forEach((t, b) => t.forEach((id, i) => {
      ids[b * seq + i] = BigInt(id);
      mask[b * seq + i] = 1n;
    }));
    const dims = [texts.length, seq];
    const out = await session.run({ input_ids: new ort.Tensor('int64', ids, dims), attention_mask: new ort.Tensor('int64', mask, dims), token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), dims) });
    const logits = out['logits'].data as Float32Array;
    expect(out['logits'].dims).toEqual([texts.length, 3]);
    for (let i = 0; i < expected.length; i++) expect(Math.abs(logits[i] - expected[i])).toBeLessThan(1e-4);
    await session.release();
  });
});
