import * as suite from '../../index';
import * as toxicity from '../../plugins/toxicity';
import { labelingStats } from '../../shared';
import { llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';

describe('backpressure: a full queue refuses new texts at once, their events pass through unlabeled', () => {
  it('labels what fits, passes the rest through unchanged, and warns once', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.toxicity, classifySides: 'user', maxQueuedTexts: '8', batchWaitMs: '50', cacheSize: '0' });
    await toxicity.setupPlugin(meta);
    const warnings: string[] = [];
    const spy = jest.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
    const events = Array.from({ length: 30 }, (_, i) => llmEvent(`event ${i} idiot`, ''));
    const returned = await Promise.all(events.map((event) => toxicity.processEvent(event, meta)));
    spy.mockRestore();
    const stats = labelingStats(meta)[0];
    await toxicity.teardownPlugin(meta);

    returned.forEach((event, i) => expect(event).toBe(events[i]));
    const labeled = returned.filter((event) => event.properties?.user_toxicity !== undefined);
    expect(labeled).toHaveLength(8);
    labeled.forEach((event) => expect(event.properties?.user_toxicity).toBe('toxic'));
    returned.filter((event) => !labeled.includes(event)).forEach((event) => expect(Object.keys(event.properties ?? {}).sort()).toEqual(['$llm_input', '$llm_output', '$session_id']));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('classification queue is full (8 texts waiting)');
    expect(stats.queuedTexts).toBe(0);
  });
});

describe('teardown while events are in flight', () => {
  it('lets every in-flight event resolve, labeled', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, batchWaitMs: '30', cacheSize: '0' });
    await suite.setupPlugin(meta);
    const events = Array.from({ length: 40 }, (_, i) => llmEvent(`in flight ${i} happy`, `reply ${i} sorry`));
    const inFlight = events.map((event) => suite.processEvent(event, meta));
    const teardown = suite.teardownPlugin(meta);
    const returned = await Promise.all(inFlight);
    await teardown;
    returned.forEach((event) => expect(event.properties).toMatchObject({ user_emotion: 'joy', agent_flow: 'agent_apology_error_mistake' }));
  });

  it('passes events arriving after teardown through unchanged', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.toxicity });
    await toxicity.setupPlugin(meta);
    await toxicity.teardownPlugin(meta);
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const event = llmEvent('idiot', '');
    await expect(toxicity.processEvent(event, meta)).resolves.toBe(event);
    spy.mockRestore();
  });
});
