import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; the CLI is tested as users run it: the built bin, in a child process.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'gazette-cli-'));

function gazette(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const jsonLines = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

// Our own corpus articles: real-sized documents, one per line, with their dates.
const articles = readFileSync(join(root, 'corpus/dev.jsonl'), 'utf8').trimEnd().split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string; date: string })
  .map(({ id, text, date }) => JSON.stringify({ id, text, date }));

describe.runIf(existsSync(bin))('gazette CLI, JSON Lines', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Nasser Bourita a reçu le 11 mai prochain à Marrakech son homologue.', date: '2022-04' }),
    'this is not JSON',
    JSON.stringify({ id: 'b', title: 'no text here' }),
    '',
    '["an", "array"]',
    JSON.stringify({ id: 'c', text: 'Hier à Alger.', date: 'la semaine dernière' }),
    JSON.stringify({ id: 'd', text: 'Hier à Alger.', date: 20220401 }),
    JSON.stringify({ id: 'e', text: 'Hier à Alger.' }),
    '{"id": "f", "text": "Rabat"',
    JSON.stringify({ id: 'g', text: 'Le Maroc et la France.', date: null }),
  ];
  const file = join(dir, 'bad.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');

  it('writes one line per input line, in order, an error field on each bad line, and goes on', () => {
    const r = gazette([file, '--date', '2023-03-14']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.out);
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => [o.id, o.line ?? null, 'error' in o])).toEqual([
      ['a', null, false], [null, 2, true], ['b', 3, true], [null, 4, true], [null, 5, true],
      ['c', 6, true], ['d', 7, true], ['e', null, false], [null, 9, true], ['g', null, false],
    ]);
    expect(out.map((o) => o.error).filter(Boolean)).toEqual([
      expect.stringMatching(/^gazette: line 2: invalid JSON/),
      'gazette: line 3: no "text" string',
      'gazette: line 4: empty line',
      'gazette: line 5: not a JSON object',
      expect.stringMatching(/^gazette: line 6: "date" "la semaine dernière" is not 'YYYY'/),
      'gazette: line 7: "date" must be a string like "2022-04-15"',
      expect.stringMatching(/^gazette: line 9: invalid JSON/),
    ]);
    expect(r.err).toBe('gazette: 7 of 10 lines could not be read (see their "error" field)\n');
  });

  it('resolves dates against each line\'s date, else --date', () => {
    const out = jsonLines(gazette([file, '--date', '2023-03-14']).out);
    const dates = (o: Record<string, unknown>) => (o.entities as Array<{ type: string; normalized: { value: unknown } }>).filter((e) => e.type === 'date').map((e) => e.normalized.value);
    expect(dates(out[0] ?? {})).toEqual(['2022-05-11']);
    expect(dates(out[7] ?? {})).toEqual(['2023-03-13']);
  });

  it('gives the entities of the library, with --types', () => {
    const out = jsonLines(gazette(['--jsonl', '--types', 'person,location'], lines[0]).out);
    expect(out[0]?.entities).toMatchObject([
      { type: 'person', text: 'Nasser Bourita', start: 0, end: 14 },
      { type: 'location', text: 'Marrakech', normalized: { name: 'Marrakech', countryCode: 'MA' } },
    ]);
  });

  it('reads stdin with --jsonl, CRLF line ends and a last line without a newline', () => {
    const r = gazette(['--jsonl'], `${lines[0]}\r\n${lines[6]}\r\n${lines[9]}`);
    expect(jsonLines(r.out).map((o) => o.id)).toEqual(['a', 'd', 'g']);
  });

  it('gives the same output with --workers 2 as with --workers 1, also when batches finish out of order', () => {
    // 32 long articles make a slow first batch, the short lines after them quick ones, so a
    // later batch is done first; the bad lines are spread through.
    const mixed = [...articles.slice(0, 32), ...Array.from({ length: 120 }, (_, i) => (i % 7 === 3 ? '{oops' : JSON.stringify({ id: `s${i}`, text: `Le ${i % 28 + 1} mai à Rabat, M. Bourita.` }))), ...articles.slice(32), ''];
    const big = join(dir, 'mixed.jsonl');
    writeFileSync(big, mixed.join('\n') + '\n');
    const one = gazette(['--workers', '1', big]);
    const two = gazette(['--workers', '2', big]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(jsonLines(one.out)).toHaveLength(mixed.length);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
  });

  it('draws progress on stderr with --progress, and nothing without it off a terminal', () => {
    expect(gazette([file]).err).not.toMatch(/lines\/s/);
    const r = gazette([file, '--progress']);
    expect(r.err).toMatch(/\[#{24}\] 100%  10 lines .* lines\/s {2}7 bad {2}done in \d+:\d\d\n/);
  });
});

describe.runIf(existsSync(bin))('gazette CLI, text documents', () => {
  const article = join(root, 'examples/article.txt');

  it('prints a table of the entities, with the document view in the heading', () => {
    const r = gazette([article]);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.out.trimEnd().split('\n');
    expect(head).toMatch(/^# .*article\.txt · fra · reference date 2023-06 \(header\) · \d+ entities$/);
    expect(rows).toContainEqual(expect.stringMatching(/^PER {3}Ahmed Attaf +Ahmed Attaf \(ministre algérien des Affaires étrangères\) +59–70$/));
    expect(rows).toContainEqual(expect.stringMatching(/^DATE {2}14 juin prochain +2023-06-14 \(day, relative\) +83–99$/));
  });

  it('gives the analyze() view as JSON, with --date and --types', () => {
    const r = gazette(['--format', 'json', '--date', '2022-04', '--types', 'date'], 'Il viendra le 11 mai prochain, puis en juin.');
    const [doc] = JSON.parse(r.out) as Array<Record<string, any>>;
    expect(doc?.file).toBe('-');
    expect(doc?.referenceDate).toEqual({ value: '2022-04', from: 'option' });
    expect(doc?.language).toEqual({ code: 'und', determined: false, notFrench: false });
    expect(doc?.entities.map((e: { text: string }) => e.text)).toEqual(['11 mai prochain', 'juin']);
    expect(doc?.unique.date).toHaveLength(2);
  });

  it('writes one JSON line per document with --format jsonl', () => {
    const r = gazette(['--format', 'jsonl', article, article]);
    expect(jsonLines(r.out).map((d) => d.file)).toEqual([article, article]);
  });

  it('writes an HTML page where the text stays text', () => {
    const r = gazette(['--format', 'html'], 'Nasser Bourita <script>alert(1)</script> à Rabat.');
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).toContain('>Nasser Bourita<sup');
    expect(r.out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.out).not.toContain('<script>');
  });

  it.each([
    [['--format', 'xml'], /^gazette: --format must be one of table, json, jsonl, html/],
    [['--types', 'person,animal'], /^gazette: unknown type "animal" in --types/],
    [['--workers', '2', 'a.txt'], /^gazette: --workers works on JSON Lines input/],
    [['--workers', '0', '--jsonl'], /^gazette: --workers must be a whole number/],
    [['--jsonl', '--format', 'html'], /^gazette: JSON Lines input gives JSON Lines output/],
    [['--date', 'demain'], /^gazette: referenceDate "demain"/],
    [['--colour'], /^gazette: Unknown option '--colour'/],
  ])('refuses %j with a gazette: message and exit code 2', (args, message) => {
    const r = gazette(args, 'Rabat');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('says which file is missing, exit code 1, no stack', () => {
    const r = gazette([join(dir, 'nowhere.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^gazette: ENOENT: no such file or directory, open '.*nowhere\.txt'\n$/);
  });

  it('has --help and --version', () => {
    expect(gazette(['--help']).out).toMatch(/^Usage: gazette \[options\] \[file \.\.\.\]/);
    expect(gazette(['--version']).out).toMatch(/^gazette \d+\.\d+\.\d+\n$/);
  });
});
