import { buildFixtureModels } from '../../modelgen/fixtures/build-fixture-models';
import { FIXTURE_MODELS_DIR } from './fixture-models';

export default function globalSetup(): void {
  buildFixtureModels(FIXTURE_MODELS_DIR);
}
