import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `gazette train` and `--model`, as users run them: the built bin, in a child process, on our own corpus.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'gazette-train-'));

function gazette(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8', cwd: root, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.runIf(existsSync(bin))('gazette train', () => {
  const gold = join(dir, 'gold.jsonl');
  const dev = join(dir, 'dev.jsonl');
  const lines = readFileSync(join(root, 'corpus/dev.jsonl'), 'utf8').trimEnd().split('\n');
  writeFileSync(gold, lines.slice(0, 8).join('\n') + '\n');
  writeFileSync(dev, lines.slice(8, 11).join('\n') + '\n');

  it('trains, reports dev scores each epoch, and writes the same model for the same seed', () => {
    const a = gazette(['train', '--train', gold, '--dev', dev, '--epochs', '2', '--out', join(dir, 'a.json')]);
    expect(a.code, a.err).toBe(0);
    expect(a.err).toMatch(/epoch 1\/2[\s\S]*dev, rules \+ model:[\s\S]*epoch 2\/2/);
    const b = gazette(['train', '--train', gold, '--dev', dev, '--epochs', '2', '--out', join(dir, 'b.json')]);
    expect(b.code, b.err).toBe(0);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  }, 120_000);

  it('the model it writes is used by --model, for text and for JSON Lines', () => {
    const model = join(dir, 'a.json');
    if (!existsSync(model)) expect(gazette(['train', '--train', gold, '--epochs', '1', '--out', model]).code).toBe(0);
    const text = gazette(['--model', model, '--format', 'json', '-'], 'Nasser Bourita a reçu Antony Blinken à Rabat.');
    expect(text.code, text.err).toBe(0);
    expect(JSON.stringify(JSON.parse(text.out))).toContain('Antony Blinken');
    const jsonl = gazette(['--jsonl', '--model', model, '--workers', '2'], JSON.stringify({ id: 1, text: 'Nasser Bourita à Rabat.' }) + '\n');
    expect(jsonl.code, jsonl.err).toBe(0);
    expect(JSON.parse(jsonl.out).entities.map((e: { text: string }) => e.text)).toEqual(['Nasser Bourita', 'Rabat']);
  }, 120_000);

  it('--compress writes the same model arithmetic-coded, which --model reads alike', () => {
    const plain = join(dir, 'a.json');
    if (!existsSync(plain)) expect(gazette(['train', '--train', gold, '--epochs', '2', '--out', plain]).code).toBe(0);
    const coded = join(dir, 'coded.json');
    const c = gazette(['train', '--train', gold, '--dev', dev, '--epochs', '2', '--compress', '--out', coded]);
    expect(c.code, c.err).toBe(0);
    expect(JSON.parse(readFileSync(coded, 'utf8')).weights).toMatch(/^~/);
    expect(readFileSync(coded, 'utf8').length).toBeLessThan(readFileSync(plain, 'utf8').length);
    const text = 'Nasser Bourita a reçu Antony Blinken à Rabat, puis Arturo Gatti à Kamituga.';
    const a = gazette(['--model', plain, '--format', 'json', '-'], text);
    const b = gazette(['--model', coded, '--format', 'json', '-'], text);
    expect(b.code, b.err).toBe(0);
    expect(b.out).toBe(a.out);
  }, 120_000);

  it('bad input: a clear error and exit code 2', () => {
    expect(gazette(['train']).code).toBe(2);
    expect(gazette(['train']).err).toMatch(/give at least one --train/);
    writeFileSync(join(dir, 'bad.jsonl'), '{"text": "x"}\n');
    const bad = gazette(['train', '--train', join(dir, 'bad.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.jsonl:1: a document needs "text" and "entities"/);
    writeFileSync(join(dir, 'notamodel.json'), '{"hello": 1}');
    const m = gazette(['--model', join(dir, 'notamodel.json'), '-'], 'Rabat');
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/^gazette: --model/);
  }, 60_000);
});
