import type { SetScore } from './score-set';

/** What each data source is, as the report names it. */
const SOURCE_TITLES: Record<string, string> = {
  goemotions: 'GoEmotions dev.tsv (Reddit)',
  olid: 'OLID, held-out 15% of the training file (tweets)',
  davidson: 'Davidson et al., held-out 15% (tweets)',
  'handwritten-toxic': 'written toxic chat prompts, held-out part',
  'handwritten-chat': 'written LLM-chat dev set',
  clinc150: 'CLINC150 (benign assistant commands), held-out',
  'sgd-user': 'SGD user turns (benign), held-out',
  'sgd-system': 'SGD system turns (benign), held-out',
  'written-benign-assistant': 'written benign assistant answers, held-out part',
  'written-benign-user': 'written benign prompts with words like kill, sex, drugs, held-out part',
  sgd: 'SGD dialogue turns, held-out split',
  gptfuzz: 'GPTFuzz evaluate.csv (ChatGPT answers to jailbreaks; refusal = label 0)',
  'stackexchange-languages': 'Stack Exchange language-site titles (many languages), held-out',
  'written-llm-answers': 'written LLM answers (agent-flow dev set, all benign)',
  'arena-hard': 'Arena-Hard prompts (real user prompts, all OTHER), held-out 30%',
  'handwritten-dev': 'written LLM-chat dev set',
  'handwritten-fresh': 'written LLM-chat dev set, second (written last, scored once)',
  handwritten: 'written training examples, tuning split',
};

/** Sources a model names differently (the topic model's own labels of the same data). */
const MODEL_SOURCE_TITLES: Record<string, Record<string, string>> = {
  'default-topic': {
    stackexchange: 'Stack Exchange dev.tsv titles, topics of the shipped site_topics.tsv',
    'arena-hard': 'Arena-Hard v0.1 prompts, topics labeled by the project, held-out half',
    'handwritten-eval': 'written chat prompts, held out (never trained or tuned on)',
  },
};

export interface ModelReport {
  /** Folder name, e.g. default-agent-flow. */
  model: string;
  fallback: string;
  /** Labels whose precision / recall the summary row names (e.g. agent_refuses_answer). */
  headline: readonly string[];
  hasFallbackOutput: boolean;
  sets: SetScore[];
}

const f = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** One cell saying what the plugin's labels are worth on a set. */
function summary(report: ModelReport, set: SetScore): string {
  if (set.labeledRate !== undefined) return `${pct(set.labeledRate)} of texts given a label (false positives)`;
  if (set.passing && report.hasFallbackOutput) return `macro-F1 ${f(set.passing.macro_f1)}, micro-F1 ${f(set.passing.micro_f1)} (sets of passing labels)`;
  if (set.any) return `any label (${report.fallback} otherwise): F1 ${f(set.any.f1)}, P ${f(set.any.precision)}, R ${f(set.any.recall)}`;
  const labels = Object.keys(set.written.per_label).length;
  const parts = [`macro-F1 ${f(set.written.macro_f1)} over ${labels} label${labels === 1 ? '' : 's'}, micro-F1 ${f(set.written.micro_f1)}`];
  for (const label of report.headline) {
    const m = set.written.per_label[label];
    if (m && m.support > 0) parts.push(`${label}: P ${f(m.precision)}, R ${f(m.recall)}, F1 ${f(m.f1)}`);
  }
  return parts.join('; ');
}

export function setTitle(model: string, source: string, tunedOn: boolean): string {
  return `${MODEL_SOURCE_TITLES[model]?.[source] ?? SOURCE_TITLES[source] ?? source}${tunedOn ? ' (tuned on)' : ''}`;
}

/** The one table: every model on every set. */
export function summaryTable(reports: readonly ModelReport[]): string {
  const rows = reports.flatMap((r) => r.sets.map((s) => `| ${r.model} | ${setTitle(r.model, s.source, s.tunedOn)} | ${s.n} | ${summary(r, s)} |`));
  return ['| model | eval set | n | what the plugin writes, scored |', '|---|---|---|---|', ...rows].join('\n');
}

/** Per label and set: precision / recall (support) of the written label. */
export function perLabelTable(report: ModelReport): string {
  const sets = report.sets.filter((s) => s.labeledRate === undefined);
  const labels = [...new Set(sets.flatMap((s) => Object.keys(s.written.per_label)))];
  const cell = (s: SetScore, label: string): string => {
    const m = s.written.per_label[label];
    return m ? `${f(m.precision)} / ${f(m.recall)} (${m.support})` : '';
  };
  return [
    `| label | ${sets.map((s) => setTitle(report.model, s.source, s.tunedOn)).join(' | ')} |`,
    `|---|${sets.map(() => '---').join('|')}|`,
    ...labels.map((label) => `| ${label} | ${sets.map((s) => cell(s, label)).join(' | ')} |`),
  ].join('\n');
}
