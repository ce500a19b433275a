#!/usr/bin/env node
// How short a French text can be before franc-min stops recognising it: the measurement
// behind MIN_LETTERS in src/language.ts (analyze() reports 'und' below it).
//
//   node scripts/measure-language.mjs
//
// Texts: the French sentences of UD French GSD, Sequoia and Rhapsodie (../shared, for
// measuring only) and the openings of our dev corpus articles cut after 1..30 words. For each
// length in letters, the share that franc-min calls French ('fra').
import { existsSync, readFileSync } from 'node:fs';
import { franc } from 'franc-min';

const shared = new URL('../../shared/data/text/', import.meta.url);
const texts = [];
for (const set of ['ud-french-gsd', 'ud-french-sequoia', 'ud-french-rhapsodie']) {
  const file = new URL(`${set}/sentences.tsv`, shared);
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const text = line.split('\t')[2];
    if (text) texts.push(text);
  }
}
for (const line of readFileSync(new URL('../corpus/dev.jsonl', import.meta.url), 'utf8').trimEnd().split('\n')) {
  const words = JSON.parse(line).text.split(/\s+/);
  for (let k = 1; k <= 30; k++) texts.push(words.slice(0, k).join(' '));
}

const letters = (s) => (s.match(/\p{L}/gu) ?? []).length;
const bucketOf = (n) => (n < 10 ? n : n < 100 ? Math.floor(n / 10) * 10 : n < 200 ? 100 : 200);
const buckets = new Map();
for (const text of texts) {
  const b = bucketOf(letters(text));
  const row = buckets.get(b) ?? { n: 0, fra: 0, und: 0 };
  row.n++;
  const code = franc(text, { minLength: 1 });
  if (code === 'fra') row.fra++;
  else if (code === 'und') row.und++;
  buckets.set(b, row);
}
console.log(`${texts.length} French texts\n\n| letters | texts | called French | undetermined |\n|---|---|---|---|`);
for (const [b, r] of [...buckets].sort((x, y) => x[0] - y[0])) {
  const label = b < 10 ? String(b) : b < 100 ? `${b}–${b + 9}` : b === 100 ? '100–199' : '200+';
  console.log(`| ${label} | ${r.n} | ${((100 * r.fra) / r.n).toFixed(1)}% | ${r.und} |`);
}
