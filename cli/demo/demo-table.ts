import { type ClassifierSpec, SIDES, extractConversationTexts, propertyNames } from '../../shared';
import { cutToWidth } from '../format';
import type { ClassifiedRecord } from '../classify/run-classification';

const TEXT_WIDTH = 46;

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd();
}

/** One row per labeled side of each event: number, event name, side, text cut short, then each classifier's label and score. */
export function demoTable(records: ClassifiedRecord[], specs: readonly ClassifierSpec[]): string {
  const header = ['#', 'event', 'side', 'text', ...specs.map((spec) => spec.name)];
  const rows: string[][] = [];
  records.forEach((record, index) => {
    const event = record.labeledEvent ?? record.inputEvent;
    if (!event) return;
    const eventName = String(event.event);
    const properties = (event.properties ?? {}) as Record<string, unknown>;
    const texts = extractConversationTexts(eventName, properties);
    let first = true;
    for (const side of SIDES) {
      const text = side === 'user' ? texts.userText : texts.agentText;
      if (text === undefined) continue;
      const labels = specs.map((spec) => {
        const names = propertyNames(spec, side);
        const label = properties[names.label];
        if (typeof label !== 'string') return '-';
        const score = properties[names.score];
        return typeof score === 'number' ? `${label} ${score.toFixed(2)}` : label;
      });
      rows.push([first ? String(index + 1) : '', first ? eventName : '', side, `"${cutToWidth(text, TEXT_WIDTH - 2)}"`, ...labels]);
      first = false;
    }
    if (first) rows.push([String(index + 1), eventName, '-', record.labeledEvent ? '' : '(not labeled: no text or not an LLM event)', ...specs.map(() => '')]);
  });
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  return [pad(header, widths), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map((row) => pad(row, widths))].join('\n');
}
