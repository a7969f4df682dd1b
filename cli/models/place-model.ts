import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFolder } from '../../shared';
import { CommandFailure, firstLine } from '../cli-error';
import { downloadsDir } from './model-paths';

/**
 * Moves a fully verified staging folder to `<modelsDir>/<name>` by rename, so `models/<name>` is either the old
 * model or the new one, never a mix or a half. The folder must read as a model first.
 */
export function placeModel(stagingDir: string, modelsDirPath: string, name: string): string {
  try {
    readModelFolder(stagingDir);
  } catch (error) {
    throw new CommandFailure(`${name}: the files do not form a usable model folder (${firstLine(error)}); nothing was installed`);
  }
  const target = join(modelsDirPath, name);
  const previous = join(downloadsDir(modelsDirPath), `${name}.previous-${process.pid}`);
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(stagingDir, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw new CommandFailure(`${name}: could not move the model into ${target} (${firstLine(error)})`);
  }
  rmSync(previous, { recursive: true, force: true });
  return target;
}
