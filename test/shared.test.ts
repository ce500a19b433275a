import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedDir } from './helpers.js';

// Checks against ../shared run only where it exists (developers, CI), never on a user's machine.
const root = fileURLToPath(new URL('../', import.meta.url));
const built = existsSync(`${root}dist/index.js`);

describe.runIf(hasShared && built)('the seed article (../shared/seed)', () => {
  it('comes out right: precision, recall and normalization 100% on every type', () => {
    const out = execFileSync(process.execPath, [`${sharedDir}tools/score.mjs`, root, `${sharedDir}seed/article-2022-04.gold.jsonl`, '--json'], { encoding: 'utf8' });
    const score = JSON.parse(out) as { types: Record<string, { p: number; r: number; normAcc: number }> };
    for (const [type, s] of Object.entries(score.types)) {
      expect([type, s.p, s.r, s.normAcc]).toEqual([type, 1, 1, 1]);
    }
  });
});
