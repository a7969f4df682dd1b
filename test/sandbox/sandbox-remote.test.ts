import * as suite from '../../index';
import { type PluginVm, loadPluginInVm } from '../../bench/posthog-vm/plugin-vm';
import { refusedUrl, startHangingServer } from '../../bench/remote/fault-servers';
import { CIRCUIT_BREAKER_DEFAULTS } from '../../sandbox/circuit-breaker';
import { parseEventNamePatterns } from '../../shared/text/event-name-patterns';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { startFixtureServer } from '../server/server-helpers';
import { builtMain, mainWith, sleep, startFixedReplyServer, startRelay } from './sandbox-helpers';

const TOKEN = 'sandbox-test-token';

function mixedEvents() {
  return [
    aiGenerationEvent(chat(['user', 'that is wrong, you idiot']), [{ role: 'assistant', content: 'I am sorry, that was sad' }]),
    llmEvent('I am so happy, thanks', 'you are welcome, here are some options'),
    llmEvent('plain words', ''),
    llmEvent('happy idiot', 'sorry', { user_emotion: 'already-there' }),
    { ...llmEvent('happy', 'sad'), event: '$pageview' },
    llmEvent('I am so happy with how this long conversation about the weather went today', ''),
  ];
}

async function loadAndSetUp(pluginOrSource: string, config: Record<string, string>, options: Partial<Parameters<typeof loadPluginInVm>[1]> = {}): Promise<PluginVm> {
  const source = /^[a-z-]+$/.test(pluginOrSource) ? builtMain(pluginOrSource) : pluginOrSource;
  const sandboxed = loadPluginInVm(source, { config, ...options });
  await sandboxed.methods.setupPlugin?.();
  return sandboxed;
}

/** An event that went through unchanged is the very object passed in, with nothing changed in it. */
function expectUnchanged(result: unknown, event: unknown, copy: unknown): void {
  expect(result).toBe(event);
  expect(event).toEqual(copy);
}

const warnings = (sandboxed: PluginVm): string[] => sandboxed.logs.filter((line) => line.level === 'warn').map((line) => line.text);

describe('remote-mode plugin in PostHog\'s plugin VM (vm2 3.9.18), against a real llm-classify serve', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    server = await startFixtureServer({ token: TOKEN });
  });
  afterAll(() => server.close());

  it('labels events exactly like the in-process suite plugin with the same UI settings, in the event it was given', async () => {
    const ui = { emotionThreshold: '0.5', writeScores: 'yes', toxicityWriteLabelList: 'yes', writeLanguage: 'yes' };
    const sandboxed = await loadAndSetUp('suite', { serverUrl: server.url, serverToken: TOKEN, ...ui });
    const events = mixedEvents();
    const copies = structuredClone(events);
    const remote = await Promise.all(events.map((event) => sandboxed.methods.processEvent?.(event)));

    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, ...ui });
    await suite.setupPlugin(meta);
    const local = await Promise.all(structuredClone(copies).map((event) => suite.processEvent(event, meta)));
    await suite.teardownPlugin(meta);

    remote.forEach((result, index) => expect(result).toBe(events[index]));
    expect(JSON.parse(JSON.stringify(remote))).toEqual(JSON.parse(JSON.stringify(local)));
    expect(remote[0].properties).toMatchObject({ user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake', user_toxicity_labels: ['toxic', 'insult'] });
    expect(remote[3].properties.user_emotion).toBe('already-there');
    expect(remote[5].properties).toMatchObject({ user_emotion: 'joy', user_language: 'en' });
    expectUnchanged(remote[4], events[4], copies[4]);
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
    await expect(loadAndSetUp('emotion', { serverUrl: server.url, serverTimeoutMs: '60000' })).rejects.toThrow('serverTimeoutMs must be a whole number from 1 to 25000, got "60000" (milliseconds; PostHog stops waiting for a plugin after 30 s)');
    await expect(loadAndSetUp('emotion', { serverUrl: 'ftp://user:secret@classifier.example.com' })).rejects.toThrow(/^serverUrl must start with http:\/\/ or https:\/\/, got a value of 40 characters/);
  });

  it('loses or alters no event when the server shuts down mid-run', async () => {
    const stopping = await startFixtureServer({ token: TOKEN });
    const sandboxed = await loadAndSetUp('suite', { serverUrl: stopping.url, serverToken: TOKEN });
    const events = Array.from({ length: 40 }, (_, index) => llmEvent(`message ${index}: happy idiot, that is wrong`, `reply ${index}: sorry`));
    const copies = structuredClone(events);
    const results: Array<Promise<any>> = [];
    for (const [index, event] of events.entries()) {
      results.push(sandboxed.methods.processEvent!(event));
      if (index === 15) void stopping.close();
      await sleep(3);
    }
    checkEveryEvent(await Promise.all(results), events, copies);
    expect(warnings(sandboxed).length).toBeGreaterThan(0);
    expect(sandboxed.logs.map((line) => line.text).join('\n')).not.toMatch(/happy|idiot|sorry/);
  });

  it('loses or alters no event when the connection to the server is cut like a crash', async () => {
    const relay = await startRelay(server.port);
    try {
      const sandboxed = await loadAndSetUp('suite', { serverUrl: relay.url, serverToken: TOKEN });
      const events = Array.from({ length: 40 }, (_, index) => llmEvent(`crash ${index}: happy idiot, that is wrong`, `reply ${index}: sorry`));
      const copies = structuredClone(events);
      const results: Array<Promise<any>> = [];
      for (const [index, event] of events.entries()) {
        results.push(sandboxed.methods.processEvent!(event));
        if (index === 15) relay.cut();
        await sleep(3);
      }
      checkEveryEvent(await Promise.all(results), events, copies);
    } finally {
      relay.close();
    }
  });

  it('stops waiting for a server that hangs, and labels again once it answers (circuit breaker)', async () => {
    const relay = await startRelay(server.port);
    try {
      const source = mainWith('suite', { breaker: { failureThreshold: 3, coolDownMs: 400 } });
      const sandboxed = await loadAndSetUp(source, { serverUrl: relay.url, serverToken: TOKEN, serverTimeoutMs: '150' });
      const labeledNow = async (text: string) => (await sandboxed.methods.processEvent?.(llmEvent(text, 'sorry'))).properties.user_emotion;
      expect(await labeledNow('happy before')).toBe('joy');

      relay.hang();
      const events = Array.from({ length: 30 }, (_, index) => llmEvent(`hung ${index}: happy idiot`, 'sorry'));
      const copies = structuredClone(events);
      const callsBefore = sandboxed.fetchCalls();
      const started = Date.now();
      for (const [index, event] of events.entries()) expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copies[index]);
      // Three time-outs open the breaker; the other events go on at once (the cool-down outlasts the loop).
      expect(sandboxed.fetchCalls() - callsBefore).toBe(3);
      expect(Date.now() - started).toBeLessThan(3 * 150 + 300);

      relay.forward();
      await sleep(450);
      expect(await labeledNow('happy after')).toBe('joy');
      expect(await labeledNow('happy again')).toBe('joy');
      const lines = warnings(sandboxed).filter((line) => /circuit/.test(line));
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`the classifier server at ${relay.url} failed 3 times in a row: circuit open; events go on without it for 400 ms, then one request probes it`)),
        expect.stringMatching(/the classifier server at .* answers again: circuit closed after \d+ m?s; 27 event\(s\) went on without it meanwhile/),
      ]);
      expect(sandboxed.logs.map((line) => line.text).join('\n')).not.toMatch(/happy|idiot|sorry/);
    } finally {
      relay.close();
    }
  });

  /** Each event comes back as the very object passed in: untouched, or with all its properties intact plus every label. */
  function checkEveryEvent(results: any[], events: any[], copies: any[]): void {
    expect(results).toHaveLength(events.length);
    let labeled = 0;
    results.forEach((result, index) => {
      expect(result).toBe(events[index]);
      if (Object.keys(result.properties).length === Object.keys(copies[index].properties).length) {
        expect(result).toEqual(copies[index]);
        return;
      }
      labeled++;
      expect(result.properties).toMatchObject(copies[index].properties);
      expect(result.properties).toMatchObject({ user_emotion: 'joy', user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake', agent_emotion: expect.any(String), agent_toxicity: expect.any(String) });
    });
    expect(labeled).toBeGreaterThan(0);
    expect(labeled).toBeLessThan(events.length);
  }
});

describe('remote-mode plugin when the server misbehaves', () => {
  it('passes events through when the server is down from the start (setup still succeeds)', async () => {
    const url = await refusedUrl();
    const sandboxed = await loadAndSetUp('flow', { serverUrl: url });
    const event = llmEvent('that is wrong', 'sorry');
    const copy = structuredClone(event);
    expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copy);
    expect(sandboxed.logs[0]).toEqual({ level: 'warn', text: expect.stringContaining(`cannot reach ${url} yet`) });
  });

  it('stops setup with the way out when the plugin server\'s production address guard refuses serverUrl', async () => {
    const url = await refusedUrl();
    for (const hostFetch of ['2024', '2025'] as const) {
      await expect(loadAndSetUp('emotion', { serverUrl: url }, { hostFetch, productionAddressGuard: true })).rejects.toThrow(`this plugin server refuses to call serverUrl ${url}: it resolves to a loopback, private or link-local address ("Internal hostname", PostHog's production address guard); serve llm-classify on an address that resolves to a public IP`);
    }
  });

  it('gives up on a server that never answers: through the host\'s fetch (no timers in PostHog\'s VM) or its own AbortController', async () => {
    const hanging = await startHangingServer();
    try {
      const posthog2024 = await loadAndSetUp('emotion', { serverUrl: hanging.url, serverTimeoutMs: '200' }, { hostFetch: '2024' });
      const posthog2025 = await loadAndSetUp('emotion', { serverUrl: hanging.url, serverTimeoutMs: '20000' }, { hostFetch: '2025', externalRequestTimeoutMs: 300 });
      const withTimers = await loadAndSetUp('emotion', { serverUrl: hanging.url, serverTimeoutMs: '200' }, { hostFetch: 'plain', withTimers: true });
      for (const sandboxed of [posthog2024, posthog2025, withTimers]) {
        const event = llmEvent('happy', '');
        const copy = structuredClone(event);
        const started = Date.now();
        expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copy);
        expect(Date.now() - started).toBeLessThan(3000);
      }
      expect(warnings(posthog2024).some((line) => /timeout/i.test(line))).toBe(true);
      expect(warnings(withTimers).some((line) => line.includes('AbortError'))).toBe(true);
    } finally {
      hanging.close();
    }
  });

  it.each(['2024', '2025'] as const)('1,000 events to a hanging server cost a few time-outs plus a small amount each, not 1,000 time-outs (PostHog %s host)', async (hostFetch) => {
    const hanging = await startHangingServer();
    try {
      const timeoutMs = 200;
      const sandboxed = await loadAndSetUp('suite', { serverUrl: hanging.url, serverTimeoutMs: String(timeoutMs) }, { hostFetch, externalRequestTimeoutMs: timeoutMs });
      const events = Array.from({ length: 1000 }, (_, index) => llmEvent(`event ${index}: happy idiot`, 'sorry'));
      const copies = structuredClone(events);
      const started = Date.now();
      // One at a time, the worst case: every event would wait out the full time-out without the breaker.
      for (const [index, event] of events.entries()) expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copies[index]);
      const elapsedMs = Date.now() - started;
      // The setup check already failed once, so the breaker opens after threshold - 1 more time-outs.
      expect(sandboxed.fetchCalls()).toBe(CIRCUIT_BREAKER_DEFAULTS.failureThreshold);
      expect(elapsedMs).toBeLessThan(CIRCUIT_BREAKER_DEFAULTS.failureThreshold * timeoutMs + 1000 * 2);
      expect(warnings(sandboxed).filter((line) => /circuit open/.test(line))).toHaveLength(1);
    } finally {
      hanging.close();
    }
  });

  it('counts a reply that says the server ran out of time as a failure, for its log and its breaker', async () => {
    const overloaded = await startFixedReplyServer(200, JSON.stringify({ properties: {}, outcome: 'timed_out' }));
    try {
      const sandboxed = await loadAndSetUp('suite', { serverUrl: overloaded.url });
      for (let index = 0; index < 20; index++) {
        const event = llmEvent(`busy ${index}: happy`, 'sorry');
        const copy = structuredClone(event);
        expectUnchanged(await sandboxed.methods.processEvent?.(event), event, copy);
      }
      // The setup check got an answer (it is not one of the failures); then five time-outs in a row open the breaker.
      expect(sandboxed.fetchCalls()).toBe(1 + CIRCUIT_BREAKER_DEFAULTS.failureThreshold);
      expect(warnings(sandboxed)).toEqual([
        expect.stringContaining('1 event(s) passed through unlabeled since the last report: the server ran out of time labeling it'),
        expect.stringContaining(`failed ${CIRCUIT_BREAKER_DEFAULTS.failureThreshold} times in a row: circuit open`),
      ]);
    } finally {
      await overloaded.close();
    }
  });

  it('ignores a reply that is not the server\'s, and takes nothing but label properties from one that is', async () => {
    const replies: Array<[number, string, boolean]> = [
      [200, 'not json', false],
      [200, JSON.stringify({ properties: { user_emotion: { nested: 'object' } } }), false],
      [200, JSON.stringify({ labels: {} }), false],
      [500, JSON.stringify({ error: 'boom' }), false],
      [200, JSON.stringify({ properties: { user_emotion: 'joy' }, outcome: 'failed' }), false],
      [200, JSON.stringify({ properties: { user_emotion: 'joy', $set: { email: 'x' }, distinct_id: 'other' }, outcome: 'labeled' }), true],
    ];
    for (const [status, body, labels] of replies) {
      const fake = await startFixedReplyServer(status, body);
      try {
        const sandboxed = await loadAndSetUp('emotion', { serverUrl: fake.url });
        const event = llmEvent('happy', '');
        const copy = structuredClone(event);
        const result = await sandboxed.methods.processEvent?.(event);
        if (!labels) expectUnchanged(result, event, copy);
        else {
          expect(result).toBe(event);
          expect(result.properties).toEqual({ ...copy.properties, user_emotion: 'joy' });
        }
      } finally {
        await fake.close();
      }
    }
  });
});
