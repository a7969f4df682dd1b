import * as suite from '../../index';
import { parseEventNamePatterns } from '../../shared/text/event-name-patterns';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { startFixtureServer } from '../server/server-helpers';
import { type SandboxedPlugin, loadPluginInSandbox } from './posthog-plugin-vm';
import { builtMain, sleep, startCuttableRelay, startFixedReplyServer, startSilentServer } from './sandbox-helpers';

const TOKEN = 'sandbox-test-token';

function mixedEvents() {
  return [
    aiGenerationEvent(chat(['user', 'that is wrong, you idiot']), [{ role: 'assistant', content: 'I am sorry, that was sad' }]),
    llmEvent('I am so happy, thanks', 'you are welcome, here are some options'),
    llmEvent('plain words', ''),
    llmEvent('happy idiot', 'sorry', { user_emotion: 'already-there' }),
    { ...llmEvent('happy', 'sad'), event: '$pageview' },
  ];
}

async function loadAndSetUp(plugin: string, config: Record<string, string>, options: Partial<Parameters<typeof loadPluginInSandbox>[1]> = {}): Promise<SandboxedPlugin> {
  const sandboxed = loadPluginInSandbox(builtMain(plugin), { config, ...options });
  await sandboxed.methods.setupPlugin?.();
  return sandboxed;
}

/** An event that went through unchanged is the very object passed in, with nothing changed in it. */
function expectUnchanged(result: unknown, event: unknown, copy: unknown): void {
  expect(result).toBe(event);
  expect(event).toEqual(copy);
}

describe('remote-mode plugin in a PostHog-like sandbox, against a real llm-classify serve', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    server = await startFixtureServer({ token: TOKEN });
  });
  afterAll(() => server.close());

  it('labels events exactly like the in-process suite plugin with the same UI settings', async () => {
    const ui = { emotionThreshold: '0.5', writeScores: 'yes', toxicityWriteLabelList: 'yes' };
    const sandboxed = await loadAndSetUp('suite', { serverUrl: server.url, serverToken: TOKEN, ...ui });
    const events = mixedEvents();
    const copies = structuredClone(events);
    const remote = await Promise.all(events.map((event) => sandboxed.methods.processEvent?.(event)));

    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, ...ui });
    await suite.setupPlugin(meta);
    const local = await Promise.all(structuredClone(events).map((event) => suite.processEvent(event, meta)));
    await suite.teardownPlugin(meta);

    expect(JSON.parse(JSON.stringify(remote))).toEqual(JSON.parse(JSON.stringify(local)));
    expect(remote[0].properties).toMatchObject({ user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake' });
    expect(remote[3].properties.user_emotion).toBe('already-there');
    expectUnchanged(remote[4], events[4], copies[4]);
    // The input events are never modified; labeled ones come back as new objects.
    expect(events).toEqual(copies);
    expect(sandboxed.logs).toEqual([]);
  });

  it('a single-classifier plugin writes only its own labels, with its UI threshold', async () => {
    const sandboxed = await loadAndSetUp('emotion', { serverUrl: `${server.url}/`, serverToken: TOKEN, threshold: '0.5' });
    const labeled = await sandboxed.methods.processEvent?.(llmEvent('pleased but sad, you idiot', 'sorry'));
    expect(labeled.properties).toMatchObject({ user_emotion: 'sadness', agent_emotion: 'neutral' });
    expect(Object.keys(labeled.properties).filter((key) => /toxicity|flow/.test(key))).toEqual([]);
    const lowered = await loadAndSetUp('emotion', { serverUrl: server.url, serverToken: TOKEN, threshold: '0.4' });
    expect((await lowered.methods.processEvent?.(llmEvent('pleased', ''))).properties.user_emotion).toBe('joy');
  });

  it('makes no request for events its eventNames setting does not select (same rule as the core)', async () => {
    const patterns = 'llm-*,$ai_generation,custom';
    const sandboxed = await loadAndSetUp('toxicity', { serverUrl: server.url, serverToken: TOKEN, eventNames: patterns });
    const matcher = parseEventNamePatterns(patterns);
    for (const name of ['llm-task', 'llm-', '$ai_generation', '$ai_generation_x', 'custom', 'customer', '$pageview', 'LLM-task']) {
      const event = { ...llmEvent('idiot', ''), event: name };
      const before = sandboxed.fetchCalls();
      const result = await sandboxed.methods.processEvent?.(event);
      expect(sandboxed.fetchCalls() - before).toBe(matcher.matches(name) ? 1 : 0);
      if (name.startsWith('llm-')) expect(result.properties.user_toxicity).toBe('toxic');
      if (!matcher.matches(name)) expect(result).toBe(event);
    }
  });

  it('stops setup with the server\'s message when the token or a setting is wrong, in the plugin\'s own keys', async () => {
    await expect(loadAndSetUp('emotion', { serverUrl: server.url, serverToken: 'wrong' })).rejects.toThrow('refused serverToken: set serverToken to the server\'s LLM_CLASSIFY_TOKEN');
    await expect(loadAndSetUp('emotion', { serverUrl: server.url, serverToken: TOKEN, threshold: '1.5' })).rejects.toThrow(/refused these settings: settings: threshold must be a number from 0 to 1/);
    await expect(loadAndSetUp('emotion', { serverUrl: 'classifier:8765' })).rejects.toThrow(/^serverUrl must (be|start with) http/);
    await expect(loadAndSetUp('emotion', { serverUrl: server.url, serverTimeoutMs: '60000' })).rejects.toThrow('serverTimeoutMs must be a whole number of milliseconds from 1 to 25000');
  });

  it('loses or alters no event when the server shuts down mid-run', async () => {
    const relayed = await startFixtureServer({ token: TOKEN });
    const sandboxed = await loadAndSetUp('suite', { serverUrl: relayed.url, serverToken: TOKEN });
    const events = Array.from({ length: 40 }, (_, index) => llmEvent(`message ${index}: happy idiot, that is wrong`, `reply ${index}: sorry`));
    const copies = structuredClone(events);
    const results: Array<Promise<any>> = [];
    for (const [index, event] of events.entries()) {
      results.push(sandboxed.methods.processEvent!(event));
      if (index === 15) void relayed.close();
      await sleep(3);
    }
    await checkEveryEvent(await Promise.all(results), events, copies);
    expect(sandboxed.logs.filter((line) => line.level === 'warn').length).toBeGreaterThan(0);
    expect(sandboxed.logs.map((line) => line.text).join('\n')).not.toMatch(/happy|idiot|sorry/);
  });

  it('loses or alters no event when the connection to the server is cut like a crash', async () => {
    const relay = await startCuttableRelay(server.port);
    const sandboxed = await loadAndSetUp('suite', { serverUrl: relay.url, serverToken: TOKEN });
    const events = Array.from({ length: 40 }, (_, index) => llmEvent(`crash ${index}: happy idiot, that is wrong`, `reply ${index}: sorry`));
    const copies = structuredClone(events);
    const results: Array<Promise<any>> = [];
    for (const [index, event] of events.entries()) {
      results.push(sandboxed.methods.processEvent!(event));
      if (index === 15) relay.cut();
      await sleep(3);
    }
    await checkEveryEvent(await Promise.all(results), events, copies);
  });

  /** Each event comes back: labeled (its own properties intact, plus the expected labels) or the same object untouched. */
  async function checkEveryEvent(results: any[], events: any[], copies: any[]): Promise<void> {
    expect(results).toHaveLength(events.length);
    let labeled = 0;
    results.forEach((result, index) => {
      expect(events[index]).toEqual(copies[index]);
      if (result === events[index]) return;
      labeled++;
      expect(result.uuid).toBe(copies[index].uuid);
      expect(result.properties).toEqual({ ...copies[index].properties, ...pick(result.properties, Object.keys(result.properties).filter((key) => !(key in copies[index].properties))) });
      expect(result.properties).toMatchObject({ user_emotion: 'joy', user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake' });
    });
    expect(labeled).toBeGreaterThan(0);
    expect(labeled).toBeLessThan(events.length);
  }

  const pick = (object: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, object[key]]));
});

describe('remote-mode plugin when the server misbehaves', () => {
  it('passes events through when the server is down from the start (setup still succeeds)', async () => {
    const sandboxed = await loadAndSetUp('flow', { serverUrl: 'http://127.0.0.1:9' });
    const event = llmEvent('that is wrong', 'sorry');
    const copy = structuredClone(event);
    expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copy);
    expect(sandboxed.logs[0]).toEqual({ level: 'warn', text: expect.stringContaining('cannot reach http://127.0.0.1:9 yet') });
  });

  it('gives up on a server that never answers: through PostHog\'s fetch timeout (no timers in its sandbox) or its own AbortController', async () => {
    const silent = await startSilentServer();
    try {
      const posthogLike = await loadAndSetUp('emotion', { serverUrl: silent.url, serverTimeoutMs: '20000' }, { hostFetchTimeoutMs: 300 });
      const withTimers = await loadAndSetUp('emotion', { serverUrl: silent.url, serverTimeoutMs: '200' }, { hostFetch: 'plain', withTimers: true });
      for (const sandboxed of [posthogLike, withTimers]) {
        const event = llmEvent('happy', '');
        const copy = structuredClone(event);
        const started = Date.now();
        expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copy);
        expect(Date.now() - started).toBeLessThan(3000);
      }
      expect(withTimers.logs.some((line) => line.text.includes('AbortError'))).toBe(true);
    } finally {
      silent.close();
    }
  });

  it('ignores a reply that is not the server\'s, and takes nothing but label properties from one that is', async () => {
    const replies: Array<[number, string, boolean]> = [
      [200, 'not json', false],
      [200, JSON.stringify({ properties: { user_emotion: { nested: 'object' } } }), false],
      [200, JSON.stringify({ labels: {} }), false],
      [500, JSON.stringify({ error: 'boom' }), false],
      [200, JSON.stringify({ properties: { user_emotion: 'joy', $set: { email: 'x' }, distinct_id: 'other' } }), true],
    ];
    for (const [status, body, labels] of replies) {
      const fake = await startFixedReplyServer(status, body);
      try {
        const sandboxed = await loadAndSetUp('emotion', { serverUrl: fake.url });
        const event = llmEvent('happy', '');
        const copy = structuredClone(event);
        const result = await sandboxed.methods.processEvent?.(event);
        if (!labels) expectUnchanged(result, event, copy);
        else expect(result.properties).toEqual({ ...copy.properties, user_emotion: 'joy' });
      } finally {
        await fake.close();
      }
    }
  });
});
