/**
 * A small RoBERTa-style byte-level BPE `tokenizer.json`: the 256 byte symbols of GPT-2's byte-to-unicode map,
 * plus merges that build the given words whole. Any text (emoji, RTL, lone surrogates' replacement bytes)
 * encodes to byte symbols and decodes back exactly.
 */
const SPECIAL_TOKENS = ['<s>', '<pad>', '</s>', '<unk>'] as const;

/** GPT-2's map from bytes to printable characters (so that BPE never sees whitespace or control bytes). */
export function byteToUnicodeTable(): string[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const table: string[] = new Array(256);
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    table[b] = printable.includes(b) ? String.fromCodePoint(b) : String.fromCodePoint(256 + extra++);
  }
  return table;
}

function byteSymbols(text: string, table: string[]): string[] {
  return [...Buffer.from(text, 'utf8')].map((byte) => table[byte]);
}

/** Merge rules that build each word left to right: ("Ġh","a") then ("Ġha","p") ... */
function chainMerges(words: readonly string[], table: string[]): string[][] {
  const merges: string[][] = [];
  const seen = new Set<string>();
  const maxLength = Math.max(...words.map((word) => byteSymbols(word, table).length));
  // Shorter prefixes first, so that every chain can always continue before a longer rule applies.
  for (let length = 2; length <= maxLength; length++) {
    for (const word of words) {
      const symbols = byteSymbols(word, table);
      if (symbols.length < length) continue;
      const rule = [symbols.slice(0, length - 1).join(''), symbols[length - 1]];
      const key = rule.join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        merges.push(rule);
      }
    }
  }
  return merges;
}

/**
 * tokenizer.json for byte-level BPE; each of `words` becomes one token ("Ġword"). The pre-tokenizer adds a
 * space before the text (add_prefix_space), so a word at the start is the same token as one mid-sentence,
 * and since every merge extends a "Ġ..." prefix no word's merges can break another's.
 */
export function byteLevelBpeTokenizerJson(words: readonly string[]): { json: object; vocab: Map<string, number> } {
  const table = byteToUnicodeTable();
  const vocab = new Map<string, number>();
  for (const token of SPECIAL_TOKENS) vocab.set(token, vocab.size);
  for (const symbol of table) vocab.set(symbol, vocab.size);
  const merges = chainMerges(words.map((word) => ` ${word}`), table);
  for (const [left, right] of merges) {
    const merged = left + right;
    if (!vocab.has(merged)) vocab.set(merged, vocab.size);
  }
  const json = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({ id: vocab.get(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    post_processor: { type: 'RobertaProcessing', sep: ['</s>', vocab.get('</s>')], cls: ['<s>', vocab.get('<s>')], trim_offsets: true, add_prefix_space: true },
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab: Object.fromEntries(vocab),
      merges: merges.map((rule) => rule.join(' ')),
    },
  };
  return { json, vocab };
}

export function byteLevelBpeTokenizerConfigJson(modelMaxLength: number): object {
  return {
    tokenizer_class: 'RobertaTokenizer',
    model_max_length: modelMaxLength,
    bos_token: '<s>',
    eos_token: '</s>',
    sep_token: '</s>',
    cls_token: '<s>',
    pad_token: '<pad>',
    unk_token: '<unk>',
    add_prefix_space: true,
    clean_up_tokenization_spaces: false,
  };
}
