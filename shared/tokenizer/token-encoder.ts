import { createHash } from 'node:crypto';
import { Tokenizer } from '@huggingface/tokenizers';
import { LruCache } from '../inference/lru-cache';

/** Token ids of one text, special tokens included, already truncated to the model's limit. */
export type TokenIds = readonly number[];

/**
 * Encodes single texts the way a Hugging Face pipeline does with truncation on: the model's own special
 * tokens around the text, and the text's tokens cut at the end so the whole fits `maxTokens`.
 */
export class TokenEncoder {
  private readonly prefixIds: number[];
  private readonly suffixIds: number[];
  // The plugins label the same text with several models that often share a tokenizer: encode it once.
  private readonly recentEncodings = new LruCache<string, TokenIds>(4096);
  readonly padId: number;

  constructor(
    private readonly tokenizer: Tokenizer,
    tokenizerConfig: Record<string, unknown>,
    /** sha256 of tokenizer.json: two folders with the same file share one encoder. */
    readonly fingerprint: string,
  ) {
    [this.prefixIds, this.suffixIds] = specialTokensAround(tokenizer);
    this.padId = padTokenId(tokenizer, tokenizerConfig);
  }

  /** `textKey` identifies the text (a digest) so that another model with this tokenizer reuses the encoding. */
  encode(text: string, maxTokens: number, textKey?: string): TokenIds {
    if (textKey === undefined) return this.encodeUncached(text, maxTokens);
    const cacheKey = `${maxTokens}:${textKey}`;
    const cached = this.recentEncodings.get(cacheKey);
    if (cached) return cached;
    const ids = this.encodeUncached(text, maxTokens);
    this.recentEncodings.set(cacheKey, ids);
    return ids;
  }

  /** How many encodings were answered from the shared cache, and how many were computed. */
  encodingStats(): { reused: number; computed: number } {
    return { reused: this.recentEncodings.hits, computed: this.recentEncodings.misses };
  }

  private encodeUncached(text: string, maxTokens: number): TokenIds {
    const contentIds = this.tokenizer.encode(text, { add_special_tokens: false }).ids;
    const room = Math.max(0, maxTokens - this.prefixIds.length - this.suffixIds.length);
    const keptIds = contentIds.length > room ? contentIds.slice(0, room) : contentIds;
    return [...this.prefixIds, ...keptIds, ...this.suffixIds];
  }

  decode(ids: TokenIds): string {
    return this.tokenizer.decode([...ids], { skip_special_tokens: true });
  }
}

/** The ids the post-processor puts before and after a single sequence ([CLS] ... [SEP], <s> ... </s>). */
function specialTokensAround(tokenizer: Tokenizer): [number[], number[]] {
  const probe = 'hello';
  const bare = tokenizer.encode(probe, { add_special_tokens: false }).ids;
  const wrapped = tokenizer.encode(probe, { add_special_tokens: true }).ids;
  for (let start = 0; start + bare.length <= wrapped.length; start++) {
    if (bare.every((id, offset) => wrapped[start + offset] === id)) {
      return [wrapped.slice(0, start), wrapped.slice(start + bare.length)];
    }
  }
  return [[], []];
}

function padTokenId(tokenizer: Tokenizer, tokenizerConfig: Record<string, unknown>): number {
  const configured = tokenizerConfig.pad_token;
  const padToken = typeof configured === 'string' ? configured : typeof configured === 'object' && configured !== null && 'content' in configured ? String((configured as { content: unknown }).content) : undefined;
  for (const candidate of [padToken, '[PAD]', '<pad>']) {
    const id = candidate === undefined ? undefined : tokenizer.token_to_id(candidate);
    if (id !== undefined) return id;
  }
  return 0;
}

export function fingerprintOf(fileContent: string): string {
  return createHash('sha256').update(fileContent).digest('hex');
}
