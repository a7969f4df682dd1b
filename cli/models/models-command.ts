import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError } from '../cli-error';
import { formatBytes } from '../format';
import { downloadModel } from './download-model';
import { hashFile } from './file-hashes';
import { installFromDir, findLocalCopy } from './install-from-dir';
import { type InstallRecord, readInstallRecord } from './install-record';
import { formatModelList, listModels } from './list-models';
import { readLockFile, writeLockFile } from './lock-file';
import { type ManifestModel, pickModels, readManifest } from './manifest';
import { hubUrl, modelsDir } from './model-paths';

export const downloadSpec: CommandSpec = {
  name: 'models download',
  usage: 'llm-classify models download [NAME...] [--from DIR] [options]',
  summary: 'Fetch the reference MiniLMv2 models (models/manifest.json) from the Hugging Face hub into models/<name>/, checking sha256; or install them from a local copy with --from.',
  options: {
    from: { type: 'string', valueName: 'DIR', description: 'install from a local copy instead of the hub (air-gapped hosts): DIR/<name>/, DIR/<repo name>/, or DIR itself for one model' },
    'trust-unpinned': { type: 'boolean', description: 'with --from: accept files no checksum vouches for, and record theirs in manifest.lock.json' },
    force: { type: 'boolean', description: 'reinstall models that are already installed and intact' },
    'hub-url': { type: 'string', valueName: 'URL', description: 'hub base URL (default $LLM_CLASSIFY_HUB_URL, $HF_ENDPOINT, or https://huggingface.co)' },
    'models-dir': { type: 'string', valueName: 'DIR', description: 'where models are installed (default $LLM_CLASSIFY_MODELS_DIR or the package models/ folder)' },
  },
  notes: [
    'NAME: minilm-toxicity, minilm-toxicity-lite, minilm-emotion, minilm-user-flow, minilm-agent-flow (default: all).',
    'Downloads go to <models-dir>/.downloads/<name>/ and resume there; a model appears in <models-dir>/<name>/ only',
    'once every file passed its checksum. Exit code 1 when the hub cannot be reached or a checksum does not match.',
  ],
};

export const listSpec: CommandSpec = {
  name: 'models list',
  usage: 'llm-classify models list [--json] [--models-dir DIR]',
  summary: 'Show installed models (default-* and downloaded) with labels, size and checksum status, and the manifest models not installed yet.',
  options: {
    json: { type: 'boolean', description: 'print JSON instead of text' },
    'models-dir': { type: 'string', valueName: 'DIR', description: 'where models are installed (default $LLM_CLASSIFY_MODELS_DIR or the package models/ folder)' },
  },
};

/** An installed model is left alone when its install record still matches its files and its source. */
async function alreadyInstalled(model: ManifestModel, dir: string): Promise<InstallRecord | undefined> {
  const record = readInstallRecord(join(dir, model.name));
  if (!record || record.repo !== model.repo) return undefined;
  for (const [path, file] of Object.entries(record.files)) {
    const full = join(dir, model.name, path);
    if (!existsSync(full) || (await hashFile(full)).sha256 !== file.sha256) return undefined;
  }
  return record;
}

function describeInstall(record: InstallRecord, target: string): string {
  const size = Object.values(record.files).reduce((sum, file) => sum + file.size, 0);
  const how = Object.entries(record.files).map(([path, file]) => `${path}: ${file.verifiedBy}`).join(', ');
  const commit = record.commit === 'unknown' ? 'commit unknown' : `commit ${record.commit.slice(0, 12)}`;
  return `installed ${record.name} (${record.repo}, ${commit}) in ${target}: ${Object.keys(record.files).length} files, ${formatBytes(size)}; checksums ${how}`;
}

async function runDownload(argv: string[]): Promise<number> {
  const args = parseArgs(argv, downloadSpec);
  if (args.help) {
    process.stdout.write(helpText(downloadSpec));
    return 0;
  }
  if (args.flags['trust-unpinned'] && args.values.from === undefined) throw new UsageError('--trust-unpinned only applies to --from DIR installs; hub downloads are checked against the hub\'s own checksums');
  const manifest = readManifest();
  const models = pickModels(manifest, args.positionals);
  const dir = modelsDir(args.values['models-dir']);
  const from = args.values.from === undefined ? undefined : resolve(args.values.from);
  if (from !== undefined && !existsSync(from)) throw new UsageError(`--from ${from} does not exist; give the folder holding the copied model folders`);
  const lock = readLockFile(dir);
  for (const model of models) {
    if (!args.flags.force && (await alreadyInstalled(model, dir))) {
      process.stderr.write(`${model.name} is already installed and intact in ${join(dir, model.name)}; --force reinstalls it\n`);
      continue;
    }
    const record = from !== undefined
      ? await installFromDir(model, findLocalCopy(model, from, models.length === 1), { modelsDir: dir, lock, trustUnpinned: args.flags['trust-unpinned'] === true })
      : await downloadModel(model, { modelsDir: dir, hubUrl: hubUrl(args.values['hub-url']), lock });
    lock.models[model.name] = { repo: model.repo, commit: record.commit, files: Object.fromEntries(Object.entries(record.files).map(([path, file]) => [path, { sha256: file.sha256, size: file.size }])) };
    writeLockFile(dir, lock);
    process.stderr.write(`${describeInstall(record, join(dir, model.name))}\n`);
  }
  return 0;
}

async function runList(argv: string[]): Promise<number> {
  const args = parseArgs(argv, listSpec);
  if (args.help) {
    process.stdout.write(helpText(listSpec));
    return 0;
  }
  const dir = modelsDir(args.values['models-dir']);
  const models = await listModels(dir, readManifest());
  process.stdout.write(args.flags.json ? `${JSON.stringify(models, null, 2)}\n` : `${formatModelList(models, dir)}\n`);
  return 0;
}

export const modelsHelp = `Usage: llm-classify models <download|list> [options]

  download [NAME...]   fetch the reference models from the hub (or --from DIR), checksummed
  list                 installed models, their labels, size and checksum status

Run \`llm-classify models download --help\` or \`llm-classify models list --help\` for options.
`;

export async function runModelsCommand(argv: string[]): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    process.stdout.write(modelsHelp);
    return subcommand === undefined ? 2 : 0;
  }
  if (subcommand === 'download') return runDownload(rest);
  if (subcommand === 'list') return runList(rest);
  throw new UsageError(`unknown models command ${JSON.stringify(subcommand)}; use \`llm-classify models download\` or \`llm-classify models list\``);
}
