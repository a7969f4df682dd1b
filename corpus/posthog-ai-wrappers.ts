// tsconfig's moduleResolution "node" cannot see package subpath exports, so each wrapper's types come from
// its dist folder while the code is loaded through the subpath the package exports.
type OpenAIModule = typeof import('@posthog/ai/dist/openai');
type AnthropicModule = typeof import('@posthog/ai/dist/anthropic');
type GeminiModule = typeof import('@posthog/ai/dist/gemini');
type LangChainModule = typeof import('@posthog/ai/dist/langchain');
type VercelModule = typeof import('@posthog/ai/dist/vercel');

export const PostHogOpenAI: OpenAIModule['OpenAI'] = (require('@posthog/ai/openai') as OpenAIModule).OpenAI;
export const PostHogAnthropic: AnthropicModule['Anthropic'] = (require('@posthog/ai/anthropic') as AnthropicModule).Anthropic;
export const PostHogGoogleGenAI: GeminiModule['GoogleGenAI'] = (require('@posthog/ai/gemini') as GeminiModule).GoogleGenAI;
export const LangChainCallbackHandler: LangChainModule['LangChainCallbackHandler'] = (require('@posthog/ai/langchain') as LangChainModule).LangChainCallbackHandler;
export const withTracing: VercelModule['withTracing'] = (require('@posthog/ai/vercel') as VercelModule).withTracing;
