import * as suite from '../index';
import * as toxicity from '../plugins/toxicity';
import * as emotion from '../plugins/emotion';
import { labelingStats } from '../shared';
import { llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS, fixtureModel } from './helpers/fixture-models';
import { loadTokenEncoder } from '../shared/tokenizer/load-token-encoder';
import { CLASSIFIER_SPECS } from '../plugins/classifier-specs';
import { SIDES } from '../shared';

const TOXIC_WORDS = ['idiot', 'kill', 'crap', 'loser', 'racist', 'worthless'];
const EXPECTED_LABEL: Record<string, string> = { idiot: 'toxic', kill: 'threat', crap: 'obscene', loser: 'insult', racist: 'identity_hate', worthless: 'toxic' };

describe('micro-batching of concurrent events', () => {
  it('joins concurrent events into few session.run calls, and each event gets its own labels', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.toxicity, classifySides: 'user', cacheSize: '0', batchWaitMs: '20' });
    await toxicity.setupPlugin(meta);
    const runsBefore = labelingStats(meta)[0].sessionRuns;
    const words = Array.from({ length: 60 }, (_, i) => TOXIC_WORDS[i % TOXIC_WORDS.length]);
    // Distinct texts (the number makes each unique) so that neither dedup nor cache can explain the result.
    const events = words.map((word, i) => llmEvent(`message number ${i} says ${word}${' and more'.repeat(i % 7)}`, ''));
    const labeled = await Promise.all(events.map((event) => toxicity.processEvent(event, meta)));
    const stats = labelingStats(meta)[0];
    await toxicity.teardownPlugin(meta);

    labeled.forEach((event, i) => expect(event.properties?.user_toxicity).toBe(EXPECTED_LABEL[words[i]]));
    const runs = stats.sessionRuns - runsBefore;
    expect(runs).toBeLessThan(events.length / 4);
    expect(stats.largestBatch).toBeGreaterThan(4);
  });

  it('counts the tokens run and the padding, and keeps padding small by batching similar lengths', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.toxicity, classifySides: 'user', cacheSize: '0', batchWaitMs: '20' });
    await toxicity.setupPlugin(meta);
    const before = labelingStats(meta)[0];
    // 6 to 22 tokens in mixed order: batches cut in arrival order would compute 1.57x the tokens. For texts
    // this short a run's fixed cost outweighs some padding, so sorted batches still pad a little.
    const texts = Array.from({ length: 60 }, (_, i) => `line ${i} says idiot${' and more'.repeat((i * 7) % 9)}`);
    await Promise.all(texts.map((text) => toxicity.processEvent(llmEvent(text, ''), meta)));
    const after = labelingStats(meta)[0];
    await toxicity.teardownPlugin(meta);

    const encoder = loadTokenEncoder(fixtureModel('toxicity'));
    const expectedTokens = texts.reduce((sum, text) => sum + encoder.encode(text, 256).length, 0);
    const tokensRun = after.tokensRun - before.tokensRun;
    const paddedTokensRun = after.paddedTokensRun - before.paddedTokensRun;
    expect(tokensRun).toBe(expectedTokens);
    expect(paddedTokensRun).toBeGreaterThanOrEqual(tokensRun);
    expect(paddedTokensRun / tokensRun).toBeLessThan(1.4);
  });

  it('runs identical texts once and answers repeats from the cache', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion });
    await emotion.setupPlugin(meta);
    const before = labelingStats(meta)[0];
    const first = await Promise.all(Array.from({ length: 20 }, () => emotion.processEvent(llmEvent('a unique happy sentence for dedup', 'a unique sad reply for dedup'), meta)));
    const afterConcurrent = labelingStats(meta)[0];
    const again = await emotion.processEvent(llmEvent('a unique happy sentence for dedup', 'a unique sad reply for dedup'), meta);
    const afterRepeat = labelingStats(meta)[0];
    await emotion.teardownPlugin(meta);

    first.forEach((event) => expect(event.properties).toMatchObject({ user_emotion: 'joy', agent_emotion: 'sadness' }));
    expect(again.properties).toMatchObject({ user_emotion: 'joy', agent_emotion: 'sadness' });
    // Two distinct texts (user and agent) reached the model, however many events carried them.
    expect(afterConcurrent.textsRun - before.textsRun).toBe(2);
    expect(afterRepeat.textsRun).toBe(afterConcurrent.textsRun);
    expect(afterRepeat.cacheHits).toBeGreaterThanOrEqual(afterConcurrent.cacheHits + 2);
  });

  it('shares one model session between plugin instances that name the same model', async () => {
    const first = pluginMeta({ ...FIXTURE_SETTINGS.toxicity });
    const second = pluginMeta({ ...FIXTURE_SETTINGS.toxicity });
    await toxicity.setupPlugin(first);
    await toxicity.setupPlugin(second);
    await toxicity.processEvent(llmEvent('first instance says idiot', ''), first);
    const seenBySecond = labelingStats(second)[0];
    await toxicity.teardownPlugin(first);
    await toxicity.teardownPlugin(second);
    expect(seenBySecond.textsRun).toBeGreaterThanOrEqual(1);
    expect(seenBySecond.cachedResults).toBeGreaterThanOrEqual(2);
  });
});

describe('work shared between the plugins of the suite', () => {
  it('tokenizes each distinct text once per tokenizer, though several models share the WordPiece one', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite });
    await suite.setupPlugin(meta);
    const wordPiece = loadTokenEncoder(fixtureModel('toxicity'));
    const before = wordPiece.encodingStats();
    const labeled = await suite.processEvent(llmEvent('a once-only user text, you idiot', 'a once-only reply, sorry'), meta);
    const after = wordPiece.encodingStats();
    await suite.teardownPlugin(meta);

    expect(labeled.properties).toMatchObject({ user_toxicity: 'toxic', agent_flow: 'agent_apology_error_mistake' });
    // Every WordPiece model of a side reads that side's text: one encoding per text, reused by the side's other models.
    const wordPieceModelsPerSide = SIDES.map((side) => CLASSIFIER_SPECS.filter((spec) => (spec.defaultSides ?? SIDES).includes(side)).flatMap((spec) => spec.models).filter((slot) => slot.fixture.tokenizer === 'wordpiece' && slot.sides.includes(side)).length);
    expect(wordPieceModelsPerSide.every((count) => count >= 2)).toBe(true);
    expect(after.computed - before.computed).toBe(2);
    expect(after.reused - before.reused).toBe(wordPieceModelsPerSide.reduce((sum, count) => sum + count - 1, 0));
  });
});
