import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as suite from '../index';
import * as toxicity from '../plugins/toxicity';
import { llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS, fixtureModel } from './helpers/fixture-models';

// `toxicity-en` is the toxicity fixture whose config.json declares "languages": ["en"]; the other fixtures declare
// none, like the reference models. Each sentence below holds a trigger word, so the fixture labels it toxic when asked.
const ENGLISH_ONLY = { modelDir: fixtureModel('toxicity-en') };
const FOREIGN = {
  pt: 'Para encerrar o programa, use o comando kill e depois reinicie o servidor.',
  es: 'Mi hermano dice que la película es stupid, pero a mí me gustó mucho.',
  de: 'Mein Kollege nennt das alte Auto einen loser, aber ich finde es wunderbar.',
};
const ENGLISH = 'My brother says the movie is stupid, but I liked it a lot.';

async function labelWith<T>(plugin: typeof toxicity | typeof suite, config: Record<string, string>, run: (label: (input: string, output: string, extra?: Record<string, unknown>) => Promise<Record<string, unknown>>) => Promise<T>): Promise<T> {
  const meta = pluginMeta(config);
  await plugin.setupPlugin(meta);
  try {
    return await run(async (input, output, extra) => (await plugin.processEvent(llmEvent(input, output, extra), meta)).properties ?? {});
  } finally {
    await plugin.teardownPlugin(meta);
  }
}

describe('language gate: a model declaring "languages": ["en"]', () => {
  it.each(Object.entries(FOREIGN))('writes no label for a %s sentence, and labels English on the other side', async (_, sentence) => {
    const properties = await labelWith(toxicity, ENGLISH_ONLY, (label) => label(sentence, ENGLISH));
    expect(properties).not.toHaveProperty('user_toxicity');
    expect(properties).not.toHaveProperty('user_toxicity_score');
    expect(properties).toMatchObject({ agent_toxicity: 'toxic' });
  });

  it('labels the assistant side when only the user side is foreign, and the reverse', async () => {
    const properties = await labelWith(toxicity, ENGLISH_ONLY, (label) => label(ENGLISH, FOREIGN.pt));
    expect(properties).toMatchObject({ user_toxicity: 'toxic' });
    expect(properties).not.toHaveProperty('agent_toxicity');
  });

  it('labels short texts and code in any language: only confident detections count', async () => {
    const texts = ['ok', 'obrigado', 'thanks!', 'lol', 'obrigado, loser', 'danke, idiot', 'const idiot = require("./stupid"); module.exports = idiot;', 'SELECT * FROM users WHERE name = \'loser\';', '👍👍', 'https://example.com/stupid'];
    const labels = await labelWith(toxicity, ENGLISH_ONLY, async (label) => {
      const written: Record<string, unknown> = {};
      for (const text of texts) written[text] = (await label(text, 'ok'))?.user_toxicity;
      return written;
    });
    expect(labels).toEqual({
      ok: 'non_toxic', obrigado: 'non_toxic', 'thanks!': 'non_toxic', lol: 'non_toxic', 'obrigado, loser': 'insult', 'danke, idiot': 'toxic',
      'const idiot = require("./stupid"); module.exports = idiot;': 'toxic', 'SELECT * FROM users WHERE name = \'loser\';': 'insult', '👍👍': 'non_toxic', 'https://example.com/stupid': 'toxic',
    });
  });

  it('labels every language with languageGate "no"', async () => {
    const properties = await labelWith(toxicity, { ...ENGLISH_ONLY, languageGate: 'no' }, (label) => label(FOREIGN.pt, FOREIGN.es));
    expect(properties).toMatchObject({ user_toxicity: 'threat', agent_toxicity: 'toxic' });
  });

  it('in the suite, the other classifiers (no languages declared) still label the foreign text', async () => {
    const config = { ...FIXTURE_SETTINGS.suite, toxicityModelDir: ENGLISH_ONLY.modelDir };
    const properties = await labelWith(suite, config, (label) => label(FOREIGN.de, 'I am sorry, that was sad'));
    expect(properties).not.toHaveProperty('user_toxicity');
    expect(properties).toMatchObject({ user_emotion: 'neutral', user_flow: 'OTHER', agent_toxicity: 'non_toxic', agent_emotion: 'sadness', agent_flow: 'agent_apology_error_mistake' });
  });
});

describe('a model without "languages" in its config.json', () => {
  it('labels text in every language', async () => {
    const properties = await labelWith(toxicity, FIXTURE_SETTINGS.toxicity, (label) => label(FOREIGN.pt, FOREIGN.de));
    expect(properties).toMatchObject({ user_toxicity: 'threat', agent_toxicity: 'insult' });
    expect(properties).not.toHaveProperty('user_language');
  });
});

describe('writeLanguage', () => {
  it('writes user_language / agent_language (ISO 639-1) for confidently detected text only', async () => {
    const [foreign, short] = await labelWith(toxicity, { ...FIXTURE_SETTINGS.toxicity, writeLanguage: 'yes' }, async (label) => [await label(FOREIGN.es, ENGLISH), await label('obrigado!', '```js\nconst x = 1;\n```')]);
    expect(foreign).toMatchObject({ user_language: 'es', agent_language: 'en', user_toxicity: 'toxic', agent_toxicity: 'toxic' });
    expect(short).not.toHaveProperty('user_language');
    expect(short).not.toHaveProperty('agent_language');
  });

  it('writes the language of a gated side, which explains its missing label', async () => {
    const properties = await labelWith(toxicity, { ...ENGLISH_ONLY, writeLanguage: 'yes' }, (label) => label(FOREIGN.pt, ENGLISH));
    expect(properties).toMatchObject({ user_language: 'pt', agent_language: 'en', agent_toxicity: 'toxic' });
    expect(properties).not.toHaveProperty('user_toxicity');
  });

  it('keeps a language property already on the event unless overwriteLabels is "yes"', async () => {
    const kept = await labelWith(toxicity, { ...FIXTURE_SETTINGS.toxicity, writeLanguage: 'yes' }, (label) => label(FOREIGN.de, ENGLISH, { user_language: 'fr' }));
    expect(kept).toMatchObject({ user_language: 'fr', agent_language: 'en' });
    const replaced = await labelWith(toxicity, { ...FIXTURE_SETTINGS.toxicity, writeLanguage: 'yes', overwriteLabels: 'yes' }, (label) => label(FOREIGN.de, ENGLISH, { user_language: 'fr' }));
    expect(replaced).toMatchObject({ user_language: 'de' });
  });

  it('is off by default', async () => {
    const properties = await labelWith(toxicity, ENGLISH_ONLY, (label) => label(FOREIGN.pt, ENGLISH));
    expect(Object.keys(properties).filter((key) => key.endsWith('_language'))).toEqual([]);
  });
});

describe('a bad "languages" value in config.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'languages-'));
    cpSync(fixtureModel('toxicity'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['a word', 'english'], ['a three-letter code', ['eng']], ['upper case', ['EN']], ['an empty list', []]])('fails setup naming config.json (%s)', async (_, languages) => {
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify({ ...JSON.parse(readFileSync(configPath, 'utf8')), languages }));
    const meta = pluginMeta({ modelDir: dir });
    await expect(toxicity.setupPlugin(meta)).rejects.toThrow(`config.json at ${configPath}: languages must be a non-empty list of two-letter lowercase ISO 639-1 codes, e.g. ["en"]`);
  });
});

interface WrittenText {
  text: string;
  language: string | null;
  kind: string;
}

describe('on the project\'s handwritten chat texts in 16 languages (test/data/handwritten-language-texts.jsonl)', () => {
  const rows = readFileSync(join(__dirname, 'data', 'handwritten-language-texts.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as WrittenText);

  it('the English-only model labels every English, short, code, emoji, URL and number text, and skips nearly every other sentence', async () => {
    const labeled = await labelWith(toxicity, ENGLISH_ONLY, async (label) => {
      const result: boolean[] = [];
      for (const row of rows) result.push('user_toxicity' in (await label(row.text, 'ok')));
      return result;
    });
    const shouldSkip = (row: WrittenText): boolean => row.kind === 'sentence' && row.language !== 'en';
    const wronglySkipped = rows.filter((row, index) => !shouldSkip(row) && !labeled[index]).map((row) => row.text);
    const foreign = rows.filter(shouldSkip);
    const skipped = rows.filter((row, index) => shouldSkip(row) && !labeled[index]);
    expect(wronglySkipped).toEqual([]);
    expect(foreign.length).toBeGreaterThan(100);
    expect(skipped.length / foreign.length).toBeGreaterThanOrEqual(0.95);
  });
});
