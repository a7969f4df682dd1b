import { type ClassifierSpec, SIDES, propertyNames } from '../shared';

/** A reference model of the manifest that fills a slot (its Hugging Face repository). */
export interface SlotReferenceModel {
  slot: string;
  repo: string;
}

/** plugins/<name>/README.md, generated from the spec like plugin.json, so the folder holds nothing written twice. */
export function pluginReadme(spec: ClassifierSpec, referenceModels: readonly SlotReferenceModel[]): string {
  const defaultSides = spec.defaultSides ?? SIDES;
  const properties = defaultSides.map((side) => propertyNames(spec, side));
  const lines = [
    `# ${spec.displayName} plugin`,
    '',
    '<!-- Generated from spec.ts by `npm run plugin-json`; edit the spec, not this file. -->',
    '',
    spec.description,
    '',
    `Writes ${properties.map((names) => `\`${names.label}\``).join(' / ')} (the ${spec.scoreRule === 'max' ? 'highest label at or over its threshold; the score is the highest probability of any label' : 'highest-scoring label at or over its threshold'}, else \`${spec.fallbackLabel}\`), ` +
      `${properties.map((names) => `\`${names.score}\``).join(' / ')}, and with \`writeLabelList\` ${properties.map((names) => `\`${names.labelList}\``).join(' / ')}.` +
      (defaultSides.length < SIDES.length ? ` Sides labeled by default: ${defaultSides.join(', ')} (setting \`sides\`).` : ''),
    '',
    '| model setting | sides | default folder | reference model | labels |',
    '|---|---|---|---|---|',
    ...spec.models.map((slot) => {
      const reference = referenceModels.filter((model) => model.slot === slot.id).map((model) => `\`${model.repo}\``).join(', ') || '(none published)';
      return `| \`${slot.settingKey}\` | ${slot.sides.join(', ')} | \`${slot.defaultDir}\` | ${reference} | ${slot.labels.length}: ${slot.labels.map((label) => `\`${label}\``).join(' ')} |`;
    }),
    '',
    `Default threshold ${spec.defaultThreshold} for labels the model has no tuned threshold for (\`label_thresholds\` in its config.json).` +
      (spec.ignoredLabels.length > 0 ? ` ${spec.ignoredLabels.map((label) => `\`${label}\``).join(', ')} never wins over a passing label.` : ''),
    '',
    'Settings: see this folder\'s plugin.json and the repository README\'s configuration table. Install from a local path pointing at',
    'this folder (in-process mode), or use the suite at the repository root.',
    '',
  ];
  return lines.join('\n');
}
