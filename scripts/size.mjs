#!/usr/bin/env node
// Bundle cost, minified and gzipped, of the built library (dist/index.js) as a user's bundler sees it:
// the full bundle (`import { extract }`: every finder, every table), every export (adding analyze()'s
// language check, franc-min, and annotate), a program that imports only findDates, the place data, and
// each generated table of src/data alone (what its lazy unpacking weighs).
//   node scripts/size.mjs [--json]
// Exits 1 when the full bundle passes 250 KB gzipped or when findDates pulls in any table of src/data.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT = 250 * 1024;

async function bundle(contents, resolveDir = root) {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true, minify: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return { code, min: code.length, gz: gzipSync(code).length };
}

// A table is recognised in a bundle by a run of plain text from its first string ('Afrique', 'aaron abdallah'):
// minifiers may rewrite a string's quotes and escapes, not its letters.
const dataDir = join(root, 'src/data');
const tables = readdirSync(dataDir).filter((f) => f.endsWith('.ts')).sort().map((f) => {
  // A piece of the table's longest string that a bundle carrying the table must contain:
  // a run of words for word lists, else 24 characters of it (base64 weights).
  const literals = [...readFileSync(join(dataDir, f), 'utf8').matchAll(/"(?:[^"\\\n]|\\.)*"/g)].map((m) => JSON.parse(m[0]));
  const longest = literals.sort((a, b) => b.length - a.length)[0];
  const sniff = longest === undefined ? undefined : /[\p{L} ]{12,}/u.exec(longest)?.[0] ?? (longest.length >= 24 ? longest.slice(longest.length >> 1, (longest.length >> 1) + 24) : undefined);
  return { file: `src/data/${f}`, sniff };
});

const full = await bundle(`export { extract } from './dist/index.js';`);
const whole = await bundle(`export * from './dist/index.js';`);
const dates = await bundle(`import { findDates } from './dist/index.js'; console.log(findDates('le 11 mai 2022'));`);
const places = await bundle(`export * from './src/data/places.ts'; export * from './src/data/place-words.ts';`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const datesCarries = tables.filter((t) => t.sniff && dates.code.includes(t.sniff)).map((t) => t.file);
const rows = [
  ['full bundle: import { extract }', full],
  ['every export (with analyze, annotate, franc-min)', whole],
  ['import { findDates }', dates],
  ['place data (places.ts + place-words.ts)', places],
];
for (const t of tables) rows.push([t.file, await bundle(`export * from './${t.file}';`)]);
if (process.argv.includes('--json')) {
  const sizes = Object.fromEntries(rows.map(([k, v]) => [k, { min: v.min, gzip: v.gz }]));
  console.log(JSON.stringify({ ...sizes, findDatesCarries: datesCarries }));
} else {
  for (const [k, v] of rows) console.log(`${k.padEnd(48)} ${kb(v.min).padStart(9)} min  ${kb(v.gz).padStart(8)} gzip`);
  console.log(`findDates bundle includes name data: ${datesCarries.length ? `YES (${datesCarries.join(', ')})` : 'no'}`);
}
if (full.gz > LIMIT || datesCarries.length > 0 || tables.some((t) => !t.sniff)) process.exit(1);
