import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; this pins that the published files work from both module systems.
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/index.js`) && existsSync(`${root}dist/index.cjs`);
const text = 'Nasser Bourita a reçu le 11 mai prochain à Marrakech son homologue américain.';

describe.runIf(built)('the build output', () => {
  it('works from Node ESM', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import { extract } from 'gazette'; console.log(JSON.stringify(extract(${JSON.stringify(text)}, { referenceDate: '2022-04' }).map((e) => e.text)))`], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['Nasser Bourita', '11 mai prochain', 'Marrakech', 'américain']);
  });

  it('works from Node CJS', () => {
    const out = execFileSync(process.execPath, ['-e', `const { extract } = require('gazette'); console.log(JSON.stringify(extract(${JSON.stringify(text)}, { referenceDate: '2022-04' }).map((e) => e.text)))`], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['Nasser Bourita', '11 mai prochain', 'Marrakech', 'américain']);
  });
});
