import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The place table is the heaviest data gazette ships: a program that only reads dates must not carry it,
// and the full bundle (`import { extract }`) must stay under 250 KB gzipped. `npm test` builds dist/ first.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe.runIf(existsSync(`${root}dist/index.js`))('the bundle cost of the place data', () => {
  it('stays out of a program that imports only findDates, and the full bundle under 250 KB gzipped', () => {
    const out = execFileSync(process.execPath, ['scripts/size.mjs', '--json'], { cwd: root, encoding: 'utf8' });
    const sizes = JSON.parse(out) as Record<string, { min: number; gzip: number }> & { findDatesCarries: string[] };
    const whole = sizes['full bundle: import { extract }'];
    const places = sizes['src/data/places.ts'];
    expect(whole && places).toBeTruthy();
    expect(whole!.gzip).toBeLessThanOrEqual(250 * 1024);
    // no table of src/data (places, first names, organisations…) is found in the findDates bundle
    expect(sizes.findDatesCarries).toEqual([]);
  }, 30_000);
});
