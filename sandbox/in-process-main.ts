/** Import-whitelist key a patched plugin server maps to this package (see README.md, "In-process mode"). */
export const IN_PROCESS_IMPORT = 'posthog-llm-classifiers';

/**
 * The main file for in-process mode. PostHog reads only a plugin's main file and resolves its imports against a
 * whitelist, so the suite is reached through one whitelisted import instead of the repository's relative imports.
 */
export const IN_PROCESS_MAIN = `// posthog-llm-classifiers, in-process mode: the plugin server must whitelist '${IN_PROCESS_IMPORT}' (AVAILABLE_IMPORTS).
import { setupPlugin, processEvent, teardownPlugin } from '${IN_PROCESS_IMPORT}'

export { setupPlugin, processEvent, teardownPlugin }
`;
