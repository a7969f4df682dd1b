import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../example';
import { splitOff } from '../split-off';

/** Stack Exchange language sites whose titles are often partly in that language (German, Portuguese, Japanese ...). */
const LANGUAGE_SITES = ['french', 'german', 'spanish', 'portuguese', 'italian', 'russian', 'ukrainian', 'japanese', 'chinese', 'korean', 'latin', 'esperanto'];

/** Up to `perSite` seeded titles of each language site from `file` (train.tsv or dev.tsv): benign text in many languages. */
export function languageSiteTitles(dataDir: string, file: 'train.tsv' | 'dev.tsv', perSite: number, seed: number, source: string): Example[] {
  const bySite = new Map<string, string[]>();
  for (const line of readFileSync(join(dataDir, 'stackexchange-titles', file), 'utf8').split('\n').slice(1)) {
    const tab = line.lastIndexOf('\t');
    const site = line.slice(tab + 1).trim();
    if (tab < 0 || !LANGUAGE_SITES.includes(site)) continue;
    bySite.set(site, [...(bySite.get(site) ?? []), line.slice(0, tab)]);
  }
  return [...bySite.values()].flatMap((titles, i) => {
    const picked = titles.length <= perSite ? titles : splitOff(titles, perSite / titles.length, seed + i)[1];
    return picked.map((text): Example => ({ text, labels: [], source }));
  });
}
