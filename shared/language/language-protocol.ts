/** Messages between the main thread and the language thread. */
export type LanguageRequest = { kind: 'load'; requestId: number } | { kind: 'detect'; requestId: number; samples: string[] };

export type LanguageReply =
  | { kind: 'loaded'; requestId: number; languages: string[] }
  | { kind: 'detected'; requestId: number; languages: Array<string | null> }
  | { kind: 'failed'; requestId: number; message: string };
