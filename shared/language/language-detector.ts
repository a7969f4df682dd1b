import { LruCache } from '../inference/lru-cache';
import { textKey } from '../inference/text-key';
import { sampledStart } from './language-sample';
import { LanguageThread } from './language-thread';

const NO_LANGUAGE = '';

/** The confident language of texts, remembered by digest: every model of an event, and repeated texts, share one detection. */
export class LanguageDetector {
  private readonly recent = new LruCache<string, string>(4096);
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly thread: LanguageThread,
    private readonly detectable: ReadonlySet<string>,
  ) {}

  /** ISO 639-1 code of `text`'s language, or undefined for short, ambiguous or unidentified text. */
  async detect(text: string): Promise<string | undefined> {
    // Only the sampled start decides the language, so only it travels to the thread and keys the cache.
    const sample = sampledStart(text);
    const key = textKey(sample);
    let language = this.recent.get(key) ?? this.inFlight.get(key);
    if (language === undefined) {
      const detected = this.thread.detect(sample).then((found) => found ?? NO_LANGUAGE);
      this.inFlight.set(key, detected);
      const forget = (): void => void this.inFlight.delete(key);
      detected.then((found) => {
        this.recent.set(key, found);
        forget();
      }, forget);
      language = detected;
    }
    const found = await language;
    return found === NO_LANGUAGE ? undefined : found;
  }

  /** Whether the detector can ever return `language`: a model declaring one it cannot would see that text as another. */
  canDetect(language: string): boolean {
    return this.detectable.has(language);
  }

  stop(): Promise<void> {
    return this.thread.stop();
  }
}

let shared: { ready: Promise<LanguageDetector>; users: number } | undefined;

/** The process's one detector, shared by every plugin instance; its thread and library (about a second) load on first use. */
export function acquireLanguageDetector(): Promise<LanguageDetector> {
  if (shared === undefined) {
    const thread = new LanguageThread();
    const ready = thread.load().then(
      (languages) => new LanguageDetector(thread, new Set(languages)),
      async (error: unknown) => {
        shared = undefined;
        await thread.stop();
        throw error;
      },
    );
    shared = { ready, users: 0 };
  }
  shared.users++;
  return shared.ready;
}

/** Gives the detector back; the last user's release stops its thread. */
export async function releaseLanguageDetector(): Promise<void> {
  if (shared === undefined || --shared.users > 0) return;
  const { ready } = shared;
  shared = undefined;
  await (await ready).stop();
}
