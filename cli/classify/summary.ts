import { formatSeconds } from '../format';

/** Counters of one classification run; every input line lands in exactly one of the four outcome counters. */
export interface RunSummary {
  linesRead: number;
  /** Events that got at least one label property. */
  classified: number;
  /** Events written as they came: other event names, no text, labels already present, or a failure. */
  passedThrough: number;
  /** Lines that are not JSON, written through unchanged. */
  invalidLines: number;
  /** Valid JSON that is not an event object (no string `event`), written through unchanged. */
  notEvents: number;
  blankLines: number;
  /** Label property (`user_emotion`) -> label -> how many events got it in this run. */
  labelCounts: Map<string, Map<string, number>>;
  seconds: number;
}

export function emptySummary(): RunSummary {
  return { linesRead: 0, classified: 0, passedThrough: 0, invalidLines: 0, notEvents: 0, blankLines: 0, labelCounts: new Map(), seconds: 0 };
}

export function countLabel(summary: RunSummary, property: string, label: string): void {
  let counts = summary.labelCounts.get(property);
  if (!counts) {
    counts = new Map();
    summary.labelCounts.set(property, counts);
  }
  counts.set(label, (counts.get(label) ?? 0) + 1);
}

/** The end-of-run report for stderr: counts, throughput, then the label distribution per property. */
export function formatSummary(summary: RunSummary, maxLabelsPerProperty = 8): string {
  const events = summary.classified + summary.passedThrough;
  const rate = summary.seconds > 0 ? events / summary.seconds : events;
  const parts = [`${summary.classified} classified`, `${summary.passedThrough} passed through`, `${summary.invalidLines} invalid lines kept as they were`];
  if (summary.notEvents > 0) parts.push(`${summary.notEvents} non-event JSON values kept`);
  if (summary.blankLines > 0) parts.push(`${summary.blankLines} blank lines kept`);
  const lines = [
    `llm-classify: ${summary.linesRead} lines read, ${events} events: ${parts.join(', ')}`,
    `  ${formatSeconds(summary.seconds)}, ${rate.toFixed(1)} events/s`,
  ];
  const properties = [...summary.labelCounts.keys()].sort();
  const width = Math.max(0, ...properties.map((property) => property.length));
  for (const property of properties) {
    const counts = [...(summary.labelCounts.get(property) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const shown = counts.slice(0, maxLabelsPerProperty).map(([label, count]) => `${label} ${count}`);
    if (counts.length > maxLabelsPerProperty) shown.push(`+${counts.length - maxLabelsPerProperty} more`);
    lines.push(`  ${property.padEnd(width)}  ${shown.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same numbers as JSON, for scripts (`--summary-json`). */
export function summaryJson(summary: RunSummary): object {
  return {
    lines_read: summary.linesRead,
    classified: summary.classified,
    passed_through: summary.passedThrough,
    invalid_lines: summary.invalidLines,
    non_event_values: summary.notEvents,
    blank_lines: summary.blankLines,
    seconds: Math.round(summary.seconds * 1000) / 1000,
    labels: Object.fromEntries([...summary.labelCounts.entries()].map(([property, counts]) => [property, Object.fromEntries(counts)])),
  };
}
