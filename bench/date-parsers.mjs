#!/usr/bin/env node
// Where the date reader's time goes: each parser's share over the bench text, as it runs inside
// gazette (on the sentences the date finder reads, each parser on the sentences with its words),
// and the refiners'.
//
//   node bench/date-parsers.mjs [passes]
//
// The parsers are not exported by the package: this bundles the source's date reader with esbuild
// (a development dependency) and times it the way `findDates` runs it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { loadBenchText, samplePieces } from './text.mjs';

const passes = Number(process.argv[2] ?? 20);
const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
export { prepare } from './src/text/document.ts';
export { dateWords, TRIGGER } from './src/finders/date/gates.ts';
export { composed } from './src/finders/date/composed.ts';
export { DATE_PARSERS } from './src/finders/date/parsers.ts';
export { readWith, readDates } from './src/finders/date/reader.ts';
export { numbersIfRead } from './src/finders/vocabulary.ts';
`;
const bundle = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false });
const g = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const ref = { year: 2024, month: 1, day: 1 };
// The sentences the date finder reads, with the kinds of date word each holds.
const sentences = [];
for (const piece of samplePieces(loadBenchText().pieces, 8_000)) {
  const doc = g.prepare(piece);
  const numbers = g.numbersIfRead(doc.tokens);
  for (const s of doc.sentences) {
    const kinds = g.dateWords(doc.tokens, s.first, s.last, numbers);
    if (kinds & g.TRIGGER) sentences.push({ text: g.composed(doc.view.slice(s.start, s.end)).text, kinds });
  }
}
const name = (p) => p.pattern().source.replace(/^\(\?:\(?/, '').slice(0, 50);
const rows = g.DATE_PARSERS.map((p) => ({ name: name(p), parser: p, ms: 0, runs: 0, found: 0 }));
const time = (row) => {
  const t0 = performance.now();
  for (const s of sentences) {
    if ((s.kinds & row.parser.needs) !== row.parser.needs) continue;
    row.found += g.readWith({ text: s.text, ref }, [row.parser], []).length;
    row.runs++;
  }
  row.ms += performance.now() - t0;
};
let whole = 0;
for (let k = 0; k < passes + 3; k++) {
  const measured = k >= 3;
  for (const row of rows) {
    const before = { ms: row.ms, runs: row.runs, found: row.found };
    time(row);
    if (!measured) Object.assign(row, before);
  }
  const t0 = performance.now();
  for (const s of sentences) g.readDates({ text: s.text, ref }, s.kinds, false);
  if (measured) whole += performance.now() - t0;
}
const parsers = rows.reduce((n, r) => n + r.ms, 0) / passes;
console.log(`${sentences.length} sentences read; the date reader ${(whole / passes).toFixed(2)} ms a pass, its parsers alone ${parsers.toFixed(2)} ms`);
for (const r of rows.sort((a, b) => b.ms - a.ms)) {
  console.log(`${(r.ms / passes).toFixed(3).padStart(7)} ms  ${String(r.runs / passes).padStart(5)} sentences  ${String(r.found / passes).padStart(5)} found  ${r.name}`);
}
