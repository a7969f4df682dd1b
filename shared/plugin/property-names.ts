import type { ClassifierSpec, Side } from './classifier-spec';

export interface SidePropertyNames {
  label: string;
  score: string;
  labelList: string;
}

/** The one place property names are spelled: `<side>_<stem>`, `<side>_<stem>_score`, `<side>_<list stem>`. */
export function propertyNames(spec: ClassifierSpec, side: Side): SidePropertyNames {
  return {
    label: `${side}_${spec.propertyStem}`,
    score: `${side}_${spec.propertyStem}_score`,
    labelList: `${side}_${spec.listPropertyStem}`,
  };
}

/** Where the detected language of a side's text is written (`writeLanguage`): `user_language`, `agent_language`. */
export function languagePropertyName(side: Side): string {
  return `${side}_language`;
}
