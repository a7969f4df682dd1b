import { loadTokenEncoder } from '../shared/tokenizer/load-token-encoder';
import { fixtureModel } from './helpers/fixture-models';

describe('BERT WordPiece tokenizer (real bert-base-uncased vocabulary)', () => {
  const encoder = loadTokenEncoder(fixtureModel('toxicity'));

  it.each([
    ['Hello, world!', [101, 7592, 1010, 2088, 999, 102]],
    ['i like strawberries', [101, 1045, 2066, 13137, 20968, 102]],
    ['Unaffable tokenization', [101, 14477, 20961, 3468, 19204, 3989, 102]],
    ['Naïve CAFÉ', [101, 15743, 7668, 102]],
  ])('encodes %j to the known bert-base-uncased ids', (text, expectedIds) => {
    expect(encoder.encode(text, 512)).toEqual(expectedIds);
  });

  it('cuts long text to maxTokens while keeping [CLS] and [SEP]', () => {
    const ids = encoder.encode('word '.repeat(1000), 16);
    expect(ids).toHaveLength(16);
    expect(ids[0]).toBe(101);
    expect(ids[15]).toBe(102);
  });

  it('is shared by every model folder with the same tokenizer.json', () => {
    expect(loadTokenEncoder(fixtureModel('user-flow'))).toBe(encoder);
  });
});

describe('byte-level BPE tokenizer (RoBERTa style)', () => {
  const encoder = loadTokenEncoder(fixtureModel('emotion'));

  it.each([
    ['plain ASCII', 'I am so happy today'],
    ['accents', 'Crème brûlée à la française'],
    ['emoji with skin tone and ZWJ', 'great job 👍🏽 👨‍👩‍👧 🎉'],
    ['Arabic (RTL)', 'مرحبا بالعالم، كيف حالك؟'],
    ['Hebrew with RTL override', 'שלום \u202eעולם\u202c!'],
    ['CJK', '你好，世界。こんにちは'],
    ['zero-width characters', 'zero\u200bwidth\u200djoiner'],
  ])('round-trips %s', (_, text) => {
    const ids = encoder.encode(text, 512);
    expect(ids[0]).toBe(0);
    expect(ids[ids.length - 1]).toBe(2);
    // The pre-tokenizer adds one leading space (add_prefix_space), and decoding keeps it.
    expect(encoder.decode(ids)).toBe(` ${text}`);
  });

  it('encodes a lone surrogate as the replacement character instead of failing', () => {
    expect(encoder.decode(encoder.encode('a\ud800b', 512))).toBe(' a\ufffdb');
  });
});
