import * as suite from '../index';

/**
 * `node dist/bench/peak-rss-cli.js '{"emotionModelDir": "...", ...}'`: loads the suite with those model settings in a
 * fresh process, labels a few events, and prints the process's peak RSS in MB (JSON).
 */
async function main([settingsJson]: string[]): Promise<void> {
  const meta = { config: JSON.parse(settingsJson) as Record<string, string>, global: {} as Record<string, unknown> };
  const baselineMb = process.memoryUsage().rss / 2 ** 20;
  await suite.setupPlugin(meta);
  const text = 'a realistic question about refunds and the order number, please help '.repeat(6);
  await Promise.all(Array.from({ length: 64 }, (_, i) => suite.processEvent({ event: 'llm-task', uuid: `rss-${i}`, properties: { $llm_input: `${i} ${text}`, $llm_output: `${text} ${i}` } }, meta)));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await suite.teardownPlugin(meta);
  process.stdout.write(`${JSON.stringify({ baselineMb, peakRssMb })}\n`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`peak RSS run failed: ${error.message}\n`);
  process.exit(1);
});
