import * as suiteModule from '../../index';
import { loadPluginInVm } from '../../bench/posthog-vm/plugin-vm';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { IN_PROCESS_IMPORT } from '../../sandbox/in-process-main';
import { SIDES, propertyNames } from '../../shared';
import { toxicityModelFailingPast } from '../helpers/broken-models';
import { llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { startFixtureServer } from '../server/server-helpers';
import { builtMain } from './sandbox-helpers';

interface Mode {
  name: string;
  processEvent(event: unknown): Promise<any>;
  close(): Promise<void>;
}

// Every label and score property of the suite, both sides: what a labeled event must gain, all of it.
const LABEL_PROPERTIES = CLASSIFIER_SPECS.flatMap((spec) => (spec.defaultSides ?? SIDES).flatMap((side) => [propertyNames(spec, side).label, propertyNames(spec, side).score])).sort();

/** The suite with a toxicity model that fails on texts over 12 tokens: short events get labels, long ones fail. */
async function modes(): Promise<Mode[]> {
  const config = { ...FIXTURE_SETTINGS.suite, toxicityModelDir: toxicityModelFailingPast(12), cacheSize: '0' };
  const meta = pluginMeta(config);
  await suiteModule.setupPlugin(meta);
  const plugin: Mode = { name: 'plugin', processEvent: (event) => suiteModule.processEvent(event as any, meta), close: () => suiteModule.teardownPlugin(meta) };

  const inProcessVm = loadPluginInVm(builtMain('in-process'), { config, availableImports: { [IN_PROCESS_IMPORT]: suiteModule } });
  await inProcessVm.methods.setupPlugin?.();
  const inProcess: Mode = { name: 'in-process (vm2)', processEvent: (event) => inProcessVm.methods.processEvent!(event), close: async () => inProcessVm.methods.teardownPlugin?.() };

  const server = await startFixtureServer({ settings: config });
  const remoteVm = loadPluginInVm(builtMain('suite'), { config: { serverUrl: server.url } });
  await remoteVm.methods.setupPlugin?.();
  const remote: Mode = { name: 'remote (vm2)', processEvent: (event) => remoteVm.methods.processEvent!(event), close: () => server.close() };
  return [plugin, inProcess, remote];
}

describe('processEvent labels the event it is given, in every mode', () => {
  let all: Mode[];
  // The failing events' one warning line each is tested elsewhere (test/failure-passthrough.test.ts).
  const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  beforeAll(async () => {
    all = await modes();
  });
  afterAll(async () => {
    for (const mode of all) await mode.close();
    quiet.mockRestore();
  });

  it('returns the very object passed in, every original property untouched and every label present, or untouched after a failure', async () => {
    for (const mode of all) {
      const labeled = llmEvent([{ role: 'user', content: 'happy idiot' }], 'sorry', { $ai_trace_id: 'trace-1', nested: { kept: [1, 2] } });
      const failing = llmEvent(`long text idiot ${'word '.repeat(20)}`, 'sorry', { nested: { kept: [3] } });
      const before = structuredClone([labeled, failing]);
      // PostHog keeps its bookkeeping on the object it passed in: a reference taken before must see the labels.
      const originalProperties = labeled.properties;
      const nested = labeled.properties!.nested;
      const [labeledResult, failingResult] = await Promise.all([mode.processEvent(labeled), mode.processEvent(failing)]);

      expect({ mode: mode.name, same: labeledResult === labeled }).toEqual({ mode: mode.name, same: true });
      expect(labeledResult.properties).toBe(originalProperties);
      expect(labeledResult.properties.nested).toBe(nested);
      expect(labeledResult).toMatchObject(before[0]);
      const added = Object.keys(labeledResult.properties).filter((key) => !(key in before[0].properties!)).sort();
      expect({ mode: mode.name, added }).toEqual({ mode: mode.name, added: LABEL_PROPERTIES });
      expect(labeledResult.properties).toMatchObject({ user_emotion: 'joy', user_toxicity: 'toxic', agent_flow: 'agent_apology_error_mistake' });

      expect({ mode: mode.name, same: failingResult === failing }).toEqual({ mode: mode.name, same: true });
      expect(failing).toEqual(before[1]);
    }
  });
});
