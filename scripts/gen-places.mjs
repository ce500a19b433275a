#!/usr/bin/env node
// Generates src/data/places.ts from ../shared/data/lexicons/ne-populated-places (Natural Earth, public domain)
// and gazette's own lists data/regions.tsv, data/subdivisions.tsv, data/towns.tsv, data/place-names.tsv; and
// src/data/place-words.ts, the place names that are also French words (hunspell-fr, MPL-2.0) or
// given names (INSEE, Licence Ouverte), which the finder reads only with a place context.
//   node scripts/gen-places.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv, readHandTsv, requireShared, projectRoot, literal } from './data/tsv.mjs';

const rows = readTsv(requireShared('data/lexicons/ne-populated-places/places.tsv'));
const allTownsCountries = new Set(readFileSync(join(projectRoot, 'data/all-towns-countries.txt'), 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const latin = (s) => /^[\p{Script=Latin}\s'’.-]+$/u.test(s);
const keyOf = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/’/g, "'").replace(/-/g, ' ');
// A name of three letters or fewer ('L', 'Aba', 'Och') is an abbreviation, a word or an OCR fragment far more
// often than a place in French text: none is kept, except those of the hand-edited lists ('Ain', 'Var', 'Lot').
const longEnough = (s) => s.replace(/[^\p{L}]/gu, '').length >= 4;

const seen = new Set();
// Every place in reading order: the hand lists, then Natural Earth (most populous first), then the hand towns.
const places = [];
// 'Tours' and 'Orange' need a context to be places, 'Paris' (also 'des paris') is too big to doubt; a given
// name needs one unless it names a capital ('Florence', 'Victoria' do; 'Riyad', 'Sofia' do not).
const majorKeys = new Set();
const capitalKeys = new Set();
const add = (name, kind, cc, qid, alts, section) => {
  const k = keyOf(name);
  if (seen.has(k)) return false;
  seen.add(k);
  const variants = [...new Set(alts.map((s) => s.trim()).filter((s) => s && latin(s) && longEnough(s) && !/[,()/]/.test(s) && !seen.has(keyOf(s))))];
  for (const v of variants) seen.add(keyOf(v));
  places.push({ name, kind, cc, qid, alts: variants, section });
  return true;
};

// Hand-edited lists first: their kind wins over a city of the same name only when the city is not in the
// table ('Québec' the province and 'Québec' the city are both kept, see below).
const hand = ['regions.tsv', 'subdivisions.tsv'].flatMap((f) => readHandTsv(join(projectRoot, 'data', f)));
let handCount = 0;
for (const [name, kind, cc = '', alt = ''] of hand) if (add(name, kind, cc, '', alt ? alt.split('|') : [], 0)) handCount++;

// Natural Earth cities, most populous first: the most populous place of a name wins ('Valence' the French town
// over nothing, 'Saint-Denis' of La Réunion over none). A city named like a hand-listed region is still kept
// as a second reading ('Québec'): the finder picks the city after 'à'.
let cityCount = 0;
// Other names of the table's cities that the press uses ('Tokio', 'Kharkov', 'Francfort'): data/place-names.tsv.
const otherNames = new Map(readHandTsv(join(projectRoot, 'data/place-names.tsv')).map(([name, alt = '']) => [name, alt.split('|')]));
const handKeys = new Set(hand.flatMap(([n, , , alt = '']) => [n, ...(alt ? alt.split('|') : [])].map(keyOf)));
for (const r of rows) {
  const name = r.name_fr || r.name_en;
  if (!name || !latin(name) || !longEnough(name)) continue;
  // Below 10 000 inhabitants a town is named with a cue ('à Kamituga') far more often than alone: the
  // context finder has it, and the table stays 13 KB (gzipped) lighter for the same scores on the dev sets.
  if (Number(r.pop_max) < 10000 && r.capital !== 'country') continue;
  // Below 150 000, a town far from French news (Australia, Brazil, China…: data/all-towns-countries.txt lists
  // where all are kept) is kept only as a capital. The 1 172 towns left out weighed 9 KB gzipped; over the 22 000
  // texts we measure on (corpus, shared NER sets, UD French, Wikinews) they changed 63 entities in 48 texts: 24
  // still found by a cue ('à Malindi', now without country and QID), 37 lost, some of them wrong readings ('Alice'
  // of 'Alice et Bob' read as Alice, Texas); WikiNEuRal LOC F1 85.27 → 85.22, the corpus and the seed unchanged.
  const cc = r.iso2 === '-99' ? '' : r.iso2;
  if (Number(r.pop_max) < 150000 && !r.capital && cc && !allTownsCountries.has(cc)) continue;
  if (Number(r.pop_max) >= 300000 || r.capital === 'country') majorKeys.add(keyOf(name));
  if (r.capital === 'country') capitalKeys.add(keyOf(name));
  const alts = [r.name_en, r.name, ...r.name_alt.split('|'), ...(otherNames.get(name) ?? [])];
  otherNames.delete(name);
  if (handKeys.has(keyOf(name)) && seen.has(keyOf(name))) {
    handKeys.delete(keyOf(name));
    places.push({ name, kind: 'city', cc, qid: r.wikidata, alts: [], section: 1 });
    cityCount++;
    continue;
  }
  if (add(name, 'city', cc, r.wikidata, alts, 1)) cityCount++;
}
if (otherNames.size) throw new Error(`data/place-names.tsv: not in the city table: ${[...otherNames.keys()].join(', ')}`);
let townCount = 0;
for (const [name, kind, cc = '', alt = ''] of readHandTsv(join(projectRoot, 'data/towns.tsv'))) {
  if (add(name, kind, cc, '', alt ? alt.split('|') : [], 2)) townCount++;
}

// The table is written grouped by kind and country, so that 'city FR' is written once for 1 500 places rather
// than on each line (7 KB gzipped less), and each Natural Earth group in Wikidata order, so that its QIDs are
// small steps ('Q90' then 'Q456' is written 2i then ci: 19 KB of QIDs become 12 KB gzipped).
const qidNumber = (q) => (q ? Number(q.slice(1)) : 0);
const groupKey = (p) => `${p.kind} ${p.cc}`.trim();
const ordered = [0, 1, 2].flatMap((section) => {
  const inSection = places.filter((p) => p.section === section);
  const groups = [...new Set(inSection.map(groupKey))];
  if (section === 1) groups.sort();
  return groups.flatMap((g) => {
    const rows = inSection.filter((p) => groupKey(p) === g);
    return section === 1 ? rows.sort((a, b) => qidNumber(a.qid) - qidNumber(b.qid)) : rows;
  });
});
// That order must not change which of two places of one name comes first: 'au Havre' is Le Havre (France)
// before Havre (Montana); the finder takes the first reading its context allows.
const keysOf = (p) => [p.name, ...p.alts].flatMap((n) => [keyOf(n), ...(/^(?:Le|Les) /.test(n) ? [keyOf(n.replace(/^(?:Le|Les) /, ''))] : [])]);
const firstAt = new Map();
places.forEach((p, i) => { for (const k of keysOf(p)) if (!firstAt.has(k)) firstAt.set(k, i); });
const rank = new Map(places.map((p, i) => [p, i]));
const seenAt = new Map();
for (const p of ordered) {
  for (const k of keysOf(p)) {
    const before = seenAt.get(k);
    if (before !== undefined && rank.get(before) > rank.get(p)) throw new Error(`gen-places: '${before.name}' would come before '${p.name}' for '${k}'`);
    if (before === undefined) seenAt.set(k, p);
  }
}
const tableLines = [];
const qidTokens = [];
let group = '';
let previousQid = 0;
for (const p of ordered) {
  if (groupKey(p) !== group) {
    group = groupKey(p);
    tableLines.push(`#${group}`);
    previousQid = 0;
  }
  tableLines.push([p.name, p.alts.join('|')].join('\t').replace(/\t$/, ''));
  const n = qidNumber(p.qid);
  qidTokens.push(n ? (n - previousQid).toString(36) : '');
  if (n) previousQid = n;
}

const out = `// GENERATED by scripts/gen-places.mjs (do not edit; edit data/regions.tsv, data/subdivisions.tsv,
// data/towns.tsv, data/place-names.tsv and rerun).
//
// Sources: Natural Earth 1:10m Populated Places v4.0.0 (public domain; "Made with Natural Earth"),
// via ../shared/data/lexicons/ne-populated-places: French exonyms, ISO country, Wikidata QIDs;
// data/regions.tsv, data/subdivisions.tsv, data/towns.tsv and data/place-names.tsv, gazette's own lists (facts only).
// Natural Earth places of 10 000 inhabitants or more in the countries of data/all-towns-countries.txt, of
// 150 000 or more elsewhere, and every national and first-level capital.
//
// PLACE_TABLE: places in groups; a group starts with a line '#kind' or '#kind CC' (ISO country), then one
// place a line: name, then other names (|) after a tab. The hand lists come first, then Natural Earth
// (one group a country, in Wikidata order), then the hand list of towns.
export const PLACE_TABLE = ${literal(tableLines.join('\n'))};

// PLACE_WIKIDATA: the Wikidata QID of each place of PLACE_TABLE, in order, space-separated, empty for none:
// the QID's number minus the previous QID's number in its group, in base 36 ('Q90' after 'Q0' is '2i').
export const PLACE_WIKIDATA = ${literal(qidTokens.join(' '))};
`;
writeFileSync(join(projectRoot, 'src/data/places.ts'), out);
console.log(`src/data/places.ts: ${handCount} regions + ${cityCount} cities + ${townCount} French towns, ${out.length} bytes`);

// Place names that are also words or given names: 'Orange', 'Tours', 'Nice' (words), 'Florence',
// 'Victoria', 'Nancy' (given names). Folded one-word keys only: a longer name is never a plain word.
const placeKeys = new Set();
for (const p of places) {
  for (const n of [p.name, ...p.alts]) if (!/[\s-]/.test(n)) placeKeys.add(keyOf(n));
}
const words = new Set();
for (const r of readTsv(requireShared('data/lexicons/fr-words-hunspell/stems.tsv'))) {
  if (r.kind !== 'common') continue;
  const k = keyOf(r.word);
  for (const w of [k, k + 's', k + 'x']) if (placeKeys.has(w) && !majorKeys.has(w)) words.add(w);
}
const given = new Set();
for (const r of readTsv(requireShared('data/lexicons/insee-prenoms/prenoms.tsv'))) {
  if (Number(r.total) < 1000) continue;
  const k = keyOf(r.name);
  if (placeKeys.has(k) && !capitalKeys.has(k)) given.add(k);
}
const surnames = readFileSync(join(projectRoot, 'data/place-surnames.txt'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => keyOf(l.trim()));
const wordsOut = `// GENERATED by scripts/gen-places.mjs (do not edit).
//
// The one-word place names of src/data/places.ts that are also French common words or given names.
// COMMON_WORD_PLACES: stems of hunspell-fr (../shared/data/lexicons/fr-words-hunspell, dictionaries of
// Grammalecte), MPL-2.0: this file is distributed under the Mozilla Public License 2.0
// (https://mozilla.org/MPL/2.0/); its source is that dictionary. GIVEN_NAME_PLACES: INSEE first-name file
// (../shared/data/lexicons/insee-prenoms, names given 1 000 times or more), Licence Ouverte 2.0.
// Folded keys (no accents, lower case, hyphens as spaces), separated by '|'.
export const COMMON_WORD_PLACES = ${literal([...words].sort().join('|'))};
export const GIVEN_NAME_PLACES = ${literal([...given].sort().join('|'))};
// SURNAME_PLACES: data/place-surnames.txt, gazette's own list: names read as places only after a preposition.
export const SURNAME_PLACES = ${literal(surnames.join('|'))};
`;
writeFileSync(join(projectRoot, 'src/data/place-words.ts'), wordsOut);
console.log(`src/data/place-words.ts: ${words.size} words, ${given.size} given names, ${wordsOut.length} bytes`);
