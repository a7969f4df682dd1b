import { buildFixtureModels } from '../../modelgen/fixtures/build-fixture-models';
import { buildDistIfStale } from './build-dist';
import { FIXTURE_MODELS_DIR } from './fixture-models';

export default function globalSetup(): void {
  buildDistIfStale();
  buildFixtureModels(FIXTURE_MODELS_DIR);
}
