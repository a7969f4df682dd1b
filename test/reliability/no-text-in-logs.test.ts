import * as suite from '../../index';
import * as toxicity from '../../plugins/toxicity';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { toxicityModelFailingPast } from '../helpers/broken-models';

const MARKER = 'zqxmarker';

/** Captures everything written through console and to stdout/stderr while `work` runs. */
async function captureAllOutput(work: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const record = (...args: unknown[]): void => void chunks.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg))).join(' '));
  const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) => jest.spyOn(console, method).mockImplementation(record));
  const writes = [jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (record(String(chunk)), true)), jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (record(String(chunk)), true))];
  try {
    await work();
  } finally {
    [...spies, ...writes].forEach((spy) => spy.mockRestore());
  }
  return chunks.join('\n');
}

describe('user text is never written to logs', () => {
  it('not while labeling, failing, timing out or refusing under backpressure', async () => {
    const output = await captureAllOutput(async () => {
      const texts = Array.from({ length: 30 }, (_, i) => `${MARKER}${i} idiot happy sorry ${'long words '.repeat(i % 4 === 0 ? 20 : 0)}`);
      const good = pluginMeta({ ...FIXTURE_SETTINGS.suite, executionProvider: 'auto' });
      await suite.setupPlugin(good);
      await Promise.all(texts.map((text) => suite.processEvent(aiGenerationEvent(chat(['user', text]), [{ role: 'assistant', content: text }]), good)));
      await suite.teardownPlugin(good);

      const failing = pluginMeta({ modelDir: toxicityModelFailingPast(12), maxQueuedTexts: '5', timeoutMs: '200' });
      await toxicity.setupPlugin(failing);
      await Promise.all(texts.map((text) => toxicity.processEvent(llmEvent(text, text), failing)));
      await toxicity.teardownPlugin(failing);

      const slow = pluginMeta({ ...FIXTURE_SETTINGS.toxicity, timeoutMs: '5', batchWaitMs: '200' });
      await toxicity.setupPlugin(slow);
      await Promise.all(texts.map((text) => toxicity.processEvent(llmEvent(text, text), slow)));
      await toxicity.teardownPlugin(slow);
    });
    // Failures were logged (so the capture saw the log path), but no line carries the text.
    expect(output).toContain('passed through');
    expect(output).not.toContain(MARKER);
  });
});
