import { transform } from '@babel/standalone';

/**
 * PostHog's plugin transforms (plugin-server/src/worker/vm/transforms/ of PostHog/posthog, as a 2024 plugin server
 * runs them), rebuilt from what they do: Babel with the `typescript` and `env` presets, then
 * - replace-imports: every `import` / `require` must name a whitelisted package, else "Cannot import '…'! This
 *   package is not provided by PostHog in plugins."; allowed ones read `__pluginHostImports[name]`;
 * - loop-timeout: `while`, `for` and `do … while` loops throw once they have run longer than TASK_TIMEOUT;
 * - promise-timeout: every `await x` becomes `await __asyncGuard(x, 'await')` and every `x.then` becomes
 *   `__asyncGuard(x, 'Promise.then').then`, so no promise is waited on longer than TASK_TIMEOUT.
 */

type BabelTypes = any; // @babel/standalone ships no types for the visitor API.
type NodePath = any;

const refusal = (source: string): Error => new Error(`Cannot import '${source}'! This package is not provided by PostHog in plugins.`);

function replaceImports(available: Record<string, unknown>) {
  return ({ types: t }: { types: BabelTypes }) => {
    const hostImport = (source: string) => t.memberExpression(t.identifier('__pluginHostImports'), t.stringLiteral(source), true);
    return {
      visitor: {
        ImportDeclaration: {
          exit(path: NodePath) {
            const source = path.node.source.value as string;
            if (available[source] === undefined) throw refusal(source);
            const declarators = path.node.specifiers.map((specifier: NodePath) => {
              // Default and namespace imports both get the whole module; named ones its member.
              const name = t.isImportSpecifier(specifier) ? (t.isStringLiteral(specifier.imported) ? specifier.imported.value : specifier.imported.name) : undefined;
              return t.variableDeclarator(t.identifier(specifier.local.name), name === undefined ? hostImport(source) : t.memberExpression(hostImport(source), t.stringLiteral(name), true));
            });
            path.replaceWith(t.variableDeclaration('const', declarators));
          },
        },
        CallExpression: {
          exit(path: NodePath) {
            const { callee, arguments: args } = path.node;
            if (!t.isIdentifier(callee) || callee.name !== 'require' || args.length !== 1) return;
            const source = args[0].value as string;
            if (available[source] === undefined) throw refusal(source);
            path.replaceWith(hostImport(source));
          },
        },
      },
    };
  };
}

function loopTimeout(taskTimeoutSeconds: number) {
  return ({ types: t }: { types: BabelTypes }) => {
    const now = () => t.callExpression(t.memberExpression(t.identifier('Date'), t.identifier('now')), []);
    const guard = (path: NodePath): void => {
      if (!path.node.loc) return;
      const startedAt = path.scope.generateUidIdentifier('LP');
      const { line, column } = path.node.loc.start;
      const seconds = `${taskTimeoutSeconds} second${taskTimeoutSeconds === 1 ? '' : 's'}`;
      const check = t.ifStatement(
        t.binaryExpression('>', t.binaryExpression('-', now(), startedAt), t.numericLiteral(taskTimeoutSeconds * 1000)),
        t.throwStatement(t.newExpression(t.identifier('Error'), [t.stringLiteral(`Script execution timed out after looping for ${seconds} on line ${line}:${column}`)])),
      );
      const body = path.get('body');
      if (!t.isBlockStatement(body.node)) body.replaceWith(t.blockStatement([body.node]));
      path.insertBefore(t.variableDeclaration('const', [t.variableDeclarator(startedAt, now())]));
      body.unshiftContainer('body', check);
    };
    return { visitor: { WhileStatement: guard, ForStatement: guard, DoWhileStatement: guard } };
  };
}

function promiseTimeout() {
  return ({ types: t }: { types: BabelTypes }) => {
    const guarded = new WeakSet<object>();
    const guard = (argument: unknown, name: string) => t.callExpression(t.identifier('__asyncGuard'), [argument, t.stringLiteral(name)]);
    return {
      visitor: {
        MemberExpression: {
          exit(path: NodePath) {
            const { node } = path;
            if (guarded.has(node) || !t.isIdentifier(node.property) || node.property.name !== 'then') return;
            const replacement = t.memberExpression(guard(node.object, 'Promise.then'), t.identifier('then'));
            guarded.add(replacement);
            path.replaceWith(replacement);
          },
        },
        AwaitExpression: {
          exit(path: NodePath) {
            if (guarded.has(path.node)) return;
            const replacement = t.awaitExpression(guard(path.node.argument, 'await'));
            guarded.add(replacement);
            path.replaceWith(replacement);
          },
        },
      },
    };
  };
}

export interface TransformOptions {
  /** What the host's import whitelist offers (PostHog's AVAILABLE_IMPORTS); empty: every import is refused. */
  availableImports?: Record<string, unknown>;
  /** PostHog's TASK_TIMEOUT in seconds (30 by default). */
  taskTimeoutSeconds?: number;
}

/** A plugin's main file as PostHog's plugin server turns it into the code its VM runs. */
export function transformLikePostHog(source: string, options: TransformOptions = {}): string {
  const { code } = transform(source, {
    envName: 'production',
    code: true,
    babelrc: false,
    configFile: false,
    filename: 'index.ts',
    presets: ['typescript', ['env', { targets: { node: process.versions.node } }]],
    plugins: [replaceImports(options.availableImports ?? {}), loopTimeout(options.taskTimeoutSeconds ?? 30), promiseTimeout()],
  });
  if (!code) throw new Error('Babel returned no code');
  return code;
}
