#!/usr/bin/env node
// Bundle cost, minified and gzipped, of the built library (dist/index.js) as a user's bundler sees it:
// the full bundle (`import { extract }`: every finder, every table), every export (adding analyze()'s
// language check, franc-min, and annotate), a program that imports only findDates, and the place data.
//   node scripts/size.mjs [--json]
// Exits 1 when the full bundle passes 250 KB gzipped or when findDates pulls in place data.
import { build } from 'esbuild';
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

const full = await bundle(`export { extract } from './dist/index.js';`);
const whole = await bundle(`export * from './dist/index.js';`);
const dates = await bundle(`import { findDates } from './dist/index.js'; console.log(findDates('le 11 mai 2022'));`);
const places = await bundle(`export { PLACE_TABLE } from './src/data/places.ts'; export * from './src/data/place-words.ts';`.replace(/\.ts'/g, ".ts'"));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const datesHasPlaces = dates.code.includes('Marrakech') || dates.code.includes('Kahramanmara');
const rows = [
  ['full bundle: import { extract }', full],
  ['every export (with analyze, annotate, franc-min)', whole],
  ['import { findDates }', dates],
  ['place data (places.ts + place-words.ts)', places],
];
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(rows.map(([k, v]) => [k, { min: v.min, gzip: v.gz }]))));
} else {
  for (const [k, v] of rows) console.log(`${k.padEnd(42)} ${kb(v.min).padStart(9)} min  ${kb(v.gz).padStart(8)} gzip`);
  console.log(`findDates bundle includes place data: ${datesHasPlaces ? 'YES' : 'no'}`);
}
if (full.gz > LIMIT || datesHasPlaces) process.exit(1);
