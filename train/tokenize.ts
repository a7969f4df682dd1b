import { Tokenizer } from '@huggingface/tokenizers';
import { bertBaseUncasedVocab, bertTokenizerConfigJson, bertWordPieceTokenizerJson } from '../modelgen/tokenizers/bert-wordpiece';

export const MAX_TOKENS = 512;

/** The shipped tokenizer files and an encoder that produces exactly the ids the inference core feeds. */
export interface PieceTokenizer {
  vocabSize: number;
  tokenizerJson: object;
  tokenizerConfigJson: object;
  /** [CLS] piece ids [SEP], the text's pieces cut so the whole fits maxTokens (as the core's TokenEncoder does). */
  encode(text: string): Int32Array;
}

/** `maxTokens`: where `encode` cuts; the shipped files still declare the model's own limit, MAX_TOKENS. */
export function bertPieceTokenizer(maxTokens = MAX_TOKENS): PieceTokenizer {
  const vocab = bertBaseUncasedVocab();
  const tokenizerJson = bertWordPieceTokenizerJson(vocab);
  const tokenizerConfigJson = bertTokenizerConfigJson(MAX_TOKENS);
  const tokenizer = new Tokenizer(tokenizerJson, tokenizerConfigJson);
  const cls = vocab.indexOf('[CLS]');
  const sep = vocab.indexOf('[SEP]');
  return {
    vocabSize: vocab.length,
    tokenizerJson,
    tokenizerConfigJson,
    encode(text: string): Int32Array {
      const ids = tokenizer.encode(text, { add_special_tokens: false }).ids;
      const kept = ids.length > maxTokens - 2 ? ids.slice(0, maxTokens - 2) : ids;
      const out = new Int32Array(kept.length + 2);
      out[0] = cls;
      out.set(kept, 1);
      out[kept.length + 1] = sep;
      return out;
    },
  };
}
