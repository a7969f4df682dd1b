import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelFolder } from '../../shared';
import { resolveModelDir, packageRoot } from '../../shared/model/package-root';
import { buildFixtureModels } from '../../modelgen/fixtures/build-fixture-models';

/** The suite's model settings, their default folders, and the fixture model standing in for each. */
const MODEL_SLOTS = [
  { key: 'emotionModelDir', defaultDir: 'models/default-emotion', fixture: 'emotion' },
  { key: 'toxicityModelDir', defaultDir: 'models/default-toxicity', fixture: 'toxicity' },
  { key: 'flowUserModelDir', defaultDir: 'models/default-user-flow', fixture: 'user-flow' },
  { key: 'flowAgentModelDir', defaultDir: 'models/default-agent-flow', fixture: 'agent-flow' },
] as const;

export interface DemoModels {
  /** Settings naming a fixture model for each slot whose default model is not installed. */
  settings: Record<string, string>;
  /** Default folders replaced by fixture models (empty when every default model is installed). */
  replacedDefaults: string[];
}

function loads(dir: string): boolean {
  try {
    readModelFolder(dir);
    return true;
  } catch {
    return false;
  }
}

/** Builds the fixture models once into the package's .fixtures/models (as the tests do), or a temp folder when that is read-only. */
function fixtureModelsDir(): Record<string, string> {
  const preferred = join(packageRoot(), '.fixtures', 'models');
  try {
    mkdirSync(preferred, { recursive: true });
    return buildFixtureModels(preferred);
  } catch {
    const fallback = join(tmpdir(), 'llm-classify-fixture-models');
    mkdirSync(fallback, { recursive: true });
    return buildFixtureModels(fallback);
  }
}

/** Default models where installed; fixture models (illustrative labels) for the slots that have none, unless `explicit` already names a folder. */
export function chooseDemoModels(explicit: Record<string, string>): DemoModels {
  const missing = MODEL_SLOTS.filter((slot) => explicit[slot.key] === undefined && !loads(resolveModelDir(slot.defaultDir)));
  if (missing.length === 0) return { settings: {}, replacedDefaults: [] };
  const fixtures = fixtureModelsDir();
  return {
    settings: Object.fromEntries(missing.map((slot) => [slot.key, fixtures[slot.fixture]])),
    replacedDefaults: missing.map((slot) => slot.defaultDir),
  };
}
