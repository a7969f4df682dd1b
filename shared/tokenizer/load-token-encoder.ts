import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { TokenEncoder, fingerprintOf } from './token-encoder';

// One encoder per distinct tokenizer.json content, shared by every model folder that ships the same file.
const encodersByFingerprint = new Map<string, TokenEncoder>();

function readJsonFile(path: string, what: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} at ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${what} at ${path} is not valid JSON (${(error as Error).message}); download the model again`);
  }
}

/** Loads `tokenizer.json` (+ `tokenizer_config.json` when present) of a model folder. */
export function loadTokenEncoder(modelDir: string): TokenEncoder {
  const tokenizerPath = join(modelDir, 'tokenizer.json');
  if (!existsSync(tokenizerPath)) {
    throw new Error(`model folder ${modelDir} has no tokenizer.json; a Hugging Face model folder needs tokenizer.json beside config.json`);
  }
  const tokenizerText = readFileSync(tokenizerPath, 'utf8');
  const fingerprint = fingerprintOf(tokenizerText);
  const known = encodersByFingerprint.get(fingerprint);
  if (known) return known;
  let tokenizerJson: Record<string, unknown>;
  try {
    tokenizerJson = JSON.parse(tokenizerText) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`tokenizer.json at ${tokenizerPath} is not valid JSON (${(error as Error).message}); download the model again`);
  }
  const configPath = join(modelDir, 'tokenizer_config.json');
  const tokenizerConfig = existsSync(configPath) ? readJsonFile(configPath, 'tokenizer_config.json') : {};
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
  } catch (error) {
    throw new Error(`tokenizer.json at ${tokenizerPath} could not be loaded: ${(error as Error).message}`);
  }
  const encoder = new TokenEncoder(tokenizer, tokenizerConfig, fingerprint);
  encodersByFingerprint.set(fingerprint, encoder);
  return encoder;
}

export { readJsonFile };
