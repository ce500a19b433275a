import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
// @ts-expect-error: a Node script without types
import { parseTrainArgs, trainCommand } from '../../scripts/train.mjs';
import { syntheticDocuments } from './synthetic.js';

describe('scripts/train.mjs', () => {
  it('trains on gold JSONL, reports each epoch and writes a model file that createExtractor loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-train-'));
    const write = (name: string, docs: unknown[]) => {
      writeFileSync(join(dir, name), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      return join(dir, name);
    };
    const out = join(dir, 'model.json');
    const lines: string[] = [];
    await trainCommand({ train: [write('train.jsonl', syntheticDocuments(4, 90))], dev: [write('dev.jsonl', syntheticDocuments(5, 18))], out, epochs: 2, bits: 12, log: (l: string) => lines.push(l), library });
    expect(lines.filter((l) => l.startsWith('epoch '))).toHaveLength(2);
    expect(lines.some((l) => l.includes('dev, rules + model:'))).toBe(true);
    const extractor = library.createExtractor({ model: JSON.parse(readFileSync(out, 'utf8')) });
    expect(extractor.extract('La société Vuzelpex a publié ses résultats.').map((e) => e.text)).toEqual(['Vuzelpex']);
  });

  it('reads its command line and names what is wrong', () => {
    expect(parseTrainArgs(['--train', 'a.jsonl', '--train', 'b.jsonl', '--epochs', '3', '--holdout', '5'])).toMatchObject({ train: ['a.jsonl', 'b.jsonl'], epochs: 3, holdout: 5 });
    expect(() => parseTrainArgs(['--epochs', '3'])).toThrow(/--train/);
    expect(() => parseTrainArgs(['--train', 'a.jsonl', '--epochs', 'many'])).toThrow(/--epochs needs a number/);
    expect(() => parseTrainArgs(['--train', 'a.jsonl', '--colour', 'red'])).toThrow(/unknown option --colour/);
  });
});
