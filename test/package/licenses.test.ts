import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_SLOTS } from '../../modelgen/model-slots';
import { packageRoot } from '../../shared';

/** "CC BY-SA 4.0" as SPDX writes it. */
const spdx = (license: string): string => license.trim().replace(/\s+/g, '-').replace(/^CC-BY/, 'CC-BY');

describe('licenses', () => {
  const licenses = readFileSync(join(packageRoot(), 'LICENSES.md'), 'utf8');
  const expression = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { license: string }).license;

  it.each(MODEL_SLOTS.map((slot) => [slot.defaultDir]))('%s: LICENSES.md and package.json state the license its model card states', (dir) => {
    const card = readFileSync(join(packageRoot(), dir, 'MODEL_CARD.md'), 'utf8');
    const stated = /^Model license:.*?\*\*([^*]+)\*\*/m.exec(card)?.[1];
    expect(stated).toBeDefined();
    const row = licenses.split('\n').find((line) => line.startsWith(`| \`${dir}/\` |`));
    expect(row).toBeDefined();
    expect(row?.split('|')[2].trim()).toMatch(new RegExp(`^${(stated as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(expression.split(' AND ')).toContain(spdx(stated as string));
  });

  it('the code license is MIT, in LICENSE and in the expression', () => {
    expect(readFileSync(join(packageRoot(), 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(expression.split(' AND ')[0]).toBe('MIT');
  });
});
