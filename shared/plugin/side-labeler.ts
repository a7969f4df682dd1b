import { type DecisionRule, decideLabel } from '../decode/label-decision';
import type { ClassifierOptions } from '../inference/classifier-registry';
import type { TextClassifier } from '../inference/text-classifier';
import type { ClassifierSettings } from '../settings/parse-settings';
import type { Side } from './classifier-spec';
import { type SidePropertyNames, propertyNames } from './property-names';
import { decisionRuleFor } from './spec-decision-rule';

/** One classifier applied to one side of the conversation, with the properties it writes. */
export class SideLabeler {
  readonly names: SidePropertyNames;
  private readonly rule: DecisionRule;

  constructor(
    readonly settings: ClassifierSettings,
    readonly side: Side,
    readonly classifier: TextClassifier,
    readonly classifierOptions: ClassifierOptions,
  ) {
    this.names = propertyNames(settings.spec, side);
    this.rule = decisionRuleFor(settings.spec, classifier.labels, settings.threshold, classifier.model.labelThresholds);
  }

  get classifierName(): string {
    return this.settings.spec.name;
  }

  /** The languages the model declares in its config.json; undefined: it labels text in every language. */
  get languages(): readonly string[] | undefined {
    return this.classifier.model.languages;
  }

  /** False only for a language detected with confidence that the model does not declare; undefined (not detected) is always known. */
  knowsLanguage(language: string | undefined): boolean {
    return language === undefined || this.languages === undefined || this.languages.includes(language);
  }

  /** The properties this labeler adds for `text`. */
  async label(text: string, writeScores: boolean): Promise<Record<string, unknown>> {
    const probabilities = await this.classifier.classify(text);
    const decision = decideLabel(probabilities, this.classifier.labels, this.rule);
    const added: Record<string, unknown> = { [this.names.label]: decision.label };
    // Rounded so that properties stay short and stable across runs on different CPUs.
    if (writeScores) added[this.names.score] = Math.round(decision.score * 10_000) / 10_000;
    if (this.settings.writeLabelList) added[this.names.labelList] = decision.passingLabels;
    return added;
  }
}
