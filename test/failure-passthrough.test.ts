import * as toxicity from '../plugins/toxicity';
import { labelingStats } from '../shared';
import { llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';
import { slowToxicityModel, toxicityModelFailingPast } from './helpers/broken-models';

function captureWarnings(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  return { lines, restore: () => spy.mockRestore() };
}

describe('a classification failure never loses or alters an event', () => {
  it('a model error returns the event unchanged and logs one line without the text', async () => {
    const meta = pluginMeta({ modelDir: toxicityModelFailingPast(12), classifySides: 'user' });
    await toxicity.setupPlugin(meta);
    const warnings = captureWarnings();
    const secretText = 'secret-user-text idiot ' + 'and then some more words '.repeat(4);
    const event = llmEvent(secretText, 'reply');
    const before = structuredClone(event);
    const returned = await toxicity.processEvent(event, meta);
    warnings.restore();
    await toxicity.teardownPlugin(meta);

    expect(returned).toBe(event);
    expect(returned).toEqual(before);
    expect(warnings.lines).toHaveLength(1);
    expect(warnings.lines[0]).toContain(`event "llm-task" (uuid "${event.uuid}") passed through unlabeled: toxicity (user) failed`);
    expect(warnings.lines[0]).not.toContain('secret-user-text');
  });

  it('in a batch where some texts fail, the others still get their labels', async () => {
    const meta = pluginMeta({ modelDir: toxicityModelFailingPast(12), classifySides: 'user', batchWaitMs: '20', cacheSize: '0' });
    await toxicity.setupPlugin(meta);
    const warnings = captureWarnings();
    const texts = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? `long text ${i} idiot ${'word '.repeat(20)}` : `short ${i} idiot`));
    const events = texts.map((text) => llmEvent(text, ''));
    const returned = await Promise.all(events.map((event) => toxicity.processEvent(event, meta)));
    const stats = labelingStats(meta)[0];
    warnings.restore();
    await toxicity.teardownPlugin(meta);

    returned.forEach((labeled, i) => {
      if (i % 3 === 0) expect(labeled).toBe(events[i]);
      else expect(labeled.properties?.user_toxicity).toBe('toxic');
    });
    expect(warnings.lines).toHaveLength(4);
    // The whole batch failed once, then its halves were retried: the short texts still ran together.
    expect(stats.failedSessionRuns).toBeGreaterThanOrEqual(5);
    expect(stats.largestBatch).toBeGreaterThan(1);
  });

  it('an event not labeled within the time budget passes through unchanged, in about that time', async () => {
    const meta = pluginMeta({ modelDir: slowToxicityModel(), timeoutMs: '30', cacheSize: '0' });
    await toxicity.setupPlugin(meta);
    const warnings = captureWarnings();
    const started = Date.now();
    // Queued behind other events on a slow model, this one cannot be labeled within 30 ms.
    const crowd = Array.from({ length: 8 }, (_, i) => toxicity.processEvent(llmEvent(`crowd ${i} idiot`, 'reply'), meta));
    const event = llmEvent('slow idiot text', 'slow reply');
    const returned = await toxicity.processEvent(event, meta);
    const elapsedMs = Date.now() - started;
    await Promise.all(crowd);
    warnings.restore();
    await toxicity.teardownPlugin(meta);

    expect(returned).toBe(event);
    expect(returned.properties).not.toHaveProperty('user_toxicity');
    expect(elapsedMs).toBeLessThan(30 + 150);
    expect(warnings.lines.join('\n')).toContain('labels not ready within timeoutMs=30');
  });

  it('processEvent before a successful setup passes the event through', async () => {
    const warnings = captureWarnings();
    const event = llmEvent('idiot', 'x');
    const returned = await toxicity.processEvent(event, pluginMeta({}));
    warnings.restore();
    expect(returned).toBe(event);
    expect(warnings.lines).toHaveLength(1);
  });
});
