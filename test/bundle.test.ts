import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// The same esbuild bundling as `npm run bench` (platform browser, minified, gzip -9).
import { importOf } from '../bench/size.mjs';

// Sizes are deterministic (unlike speed), so the size targets are checked here: what a
// browser user pays for `import { extract }` and for `import { findDates }` alone.
const root = fileURLToPath(new URL('../', import.meta.url));
const built = existsSync(`${root}dist/index.js`);
const KB = 1024;

describe.runIf(built)('bundle size (esbuild, browser, minified, gzipped)', () => {
  it('import { extract } stays within 250 KB gzipped', async () => {
    const { gzipped, code } = await importOf('extract');
    expect(gzipped).toBeLessThanOrEqual(250 * KB);
    // the name tables are in it (a sanity check of the next test's probes)
    expect(code).toContain('Afghanistan');
    expect(code).toContain('Marrakech');
  });

  it('import { findDates } carries none of the name data and stays within 40 KB gzipped', async () => {
    const { gzipped, code } = await importOf('findDates');
    expect(code).not.toContain('Afghanistan'); // the country table
    expect(code).not.toContain('Marrakech'); // the place table
    expect(gzipped).toBeLessThanOrEqual(40 * KB);
  });
});
