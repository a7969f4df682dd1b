import { UsageError } from './cli-error';

export interface OptionSpec {
  /** `string` takes a value (`--out FILE` or `--out=FILE`); `boolean` takes none. */
  type: 'string' | 'boolean';
  /** Shown in --help: `--out FILE  where to write ...`. */
  valueName?: string;
  description: string;
  alias?: string;
}

export interface CommandSpec {
  /** `classify`, `models download`: used in messages. */
  name: string;
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Extra text under the option list (examples, notes). */
  notes?: string[];
}

export interface ParsedArgs {
  values: Record<string, string | undefined>;
  flags: Record<string, boolean>;
  positionals: string[];
  help: boolean;
}

/** Parses argv against a command's declared options; an unknown option is a usage error, never ignored. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const values: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  const positionals: string[] = [];
  let help = false;
  const byAlias = new Map(Object.entries(spec.options).flatMap(([name, option]) => (option.alias ? [[option.alias, name] as const] : [])));
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const rawName = arg.startsWith('--') ? arg.slice(2, equals >= 0 ? equals : undefined) : (byAlias.get(arg.slice(1, equals >= 0 ? equals : undefined)) ?? '');
    const option = spec.options[rawName];
    if (option === undefined) throw new UsageError(`unknown option ${arg.split('=')[0]} for \`llm-classify ${spec.name}\`; see \`llm-classify ${spec.name} --help\``);
    if (option.type === 'boolean') {
      if (equals >= 0) throw new UsageError(`option --${rawName} takes no value; write just --${rawName}`);
      flags[rawName] = true;
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      value = argv[index + 1];
      index++;
    }
    if (value === undefined) throw new UsageError(`option --${rawName} needs a value: --${rawName} ${option.valueName ?? 'VALUE'}`);
    values[rawName] = value;
  }
  return { values, flags, positionals, help };
}

/** The --help text of a command, generated from the same spec the parser uses so the two never disagree. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const left = `${option.alias ? `-${option.alias}, ` : ''}--${name}${option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : ''}`;
    return [left, option.description] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left.length));
  const lines = [`Usage: ${spec.usage}`, '', spec.summary, '', 'Options:', ...rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`)];
  if (spec.notes && spec.notes.length > 0) lines.push('', ...spec.notes);
  return `${lines.join('\n')}\n`;
}
