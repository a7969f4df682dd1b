import type { ProviderReply } from '../loopback/mock-provider';

// Bodies as generativelanguage.googleapis.com answers :generateContent, and :streamGenerateContent?alt=sse.

export type GeminiPart = { text: string } | { functionCall: { name: string; args: Record<string, unknown> } };

const usageMetadata = { promptTokenCount: 20, candidatesTokenCount: 10, totalTokenCount: 30 };

const candidate = (parts: GeminiPart[]): Record<string, unknown> => ({ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 });

export const geminiResponse = (id: string, ...parts: GeminiPart[]): ProviderReply => ({
  json: { candidates: [candidate(parts)], usageMetadata, modelVersion: 'gemini-2.5-flash', responseId: id },
});

/** One chunk per part, the last with the usage. */
export function geminiStream(id: string, ...parts: GeminiPart[]): ProviderReply {
  return {
    sse: parts.map((part, index) => ({ data: { candidates: [candidate([part])], ...(index === parts.length - 1 ? { usageMetadata } : {}), modelVersion: 'gemini-2.5-flash', responseId: id } })),
  };
}
