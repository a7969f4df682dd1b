import { type TokenEncoder, loadTokenEncoder } from '../shared';

/** The folder's tokenizer, loaded by the core (so every engine sees the very same ids). */
export function loadFolderTokenizer(modelDir: string): TokenEncoder {
  return loadTokenEncoder(modelDir);
}

/** Token ids with the model's special tokens; longer texts are cut to `maxLength`, keeping the closing one. */
export function encodeTexts(encoder: TokenEncoder, texts: string[], maxLength: number): number[][] {
  return texts.map((text) => [...encoder.encode(text, maxLength)]);
}
