import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const load = (part: string) =>
  readFileSync(`${root}corpus/${part}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; date: string; entities: Array<{ start: number; end: number; text: string; type: string }> });

describe('the corpus', () => {
  it('is compiled from the articles (corpus/*.jsonl is not stale)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/corpus.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it.each(['dev', 'test'])('%s: every annotated span is exactly its surface', (part) => {
    for (const doc of load(part)) {
      for (const e of doc.entities) expect(doc.text.slice(e.start, e.end), doc.id).toBe(e.text);
    }
  });

  it('has at least 40 dev and 20 test articles of 120–300 words', () => {
    const dev = load('dev');
    const test = load('test');
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(test.length).toBeGreaterThanOrEqual(20);
    for (const d of [...dev, ...test]) {
      const words = d.text.split(/\s+/).filter(Boolean).length;
      expect(words, d.id).toBeGreaterThanOrEqual(120);
      expect(words, d.id).toBeLessThanOrEqual(300);
    }
  });
});
