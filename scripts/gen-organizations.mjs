#!/usr/bin/env node
// Generates src/data/organizations.ts from ../shared/data/lexicons/intl-orgs (Supraverden, CC BY-SA 4.0;
// QIDs from Wikidata, CC0; French acronyms of abbrev_fr_supplement.tsv) and data/organizations.tsv (ours).
//   node scripts/gen-organizations.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv, readHandTsv, requireShared, projectRoot, literal } from './data/tsv.mjs';

const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const key = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-’']/g, ' ').replace(/\s+/g, ' ').trim();
const intl = readTsv(requireShared('data/lexicons/intl-orgs/intl_orgs.tsv'));
const supp = readTsv(requireShared('data/lexicons/intl-orgs/abbrev_fr_supplement.tsv'));
const orgs = new Map(); // canonical key -> record
const byAlias = new Map();
const taken = (form) => byAlias.has(key(form));
const index = (rec, form) => { if (form && !taken(form)) byAlias.set(key(form), rec); };
const add = (rec) => {
  orgs.set(key(rec.name), rec);
  for (const a of [rec.name, rec.acronym, ...rec.aliases]) index(rec, a);
};
const alias = (rec, form) => {
  if (!form || taken(form) || form === rec.name || rec.aliases.includes(form)) return;
  rec.aliases.push(form);
  index(rec, form);
};

// 1. Hand list first: its canonical names are the ones the corpus uses, and its forms win collisions.
for (const [name, acronym = '', aliases = '', kind = '', flags = ''] of readHandTsv(join(projectRoot, 'data/organizations.tsv'))) {
  if (orgs.has(key(name))) throw new Error(`data/organizations.tsv: '${name}' listed twice`);
  add({ name, acronym, aliases: aliases ? aliases.split('|') : [], kind, flags, wikidata: '' });
}

// English acronyms used by more than one organisation of the source ('ECA') name none of them.
const enCount = new Map();
for (const r of intl) for (const a of [r.abbrev_en, ...(r.abbrevs_other_en ? r.abbrevs_other_en.split('|') : [])]) if (a) enCount.set(a, (enCount.get(a) ?? 0) + 1);
// An English acronym is kept when it cannot be a French word or acronym: four capitals or more, unique.
const englishAcronym = (a) => a && /^[A-Z]{4,}$/.test(a) && enCount.get(a) === 1;
// Single-word brand names ('Frontex', 'Europol', 'Afreximbank'): French news writes them as they are. Not the
// English names of several words ('World Health Organization', 'Western Central Atlantic Fishery Commission'):
// French news uses the French name; of 772 such names one matched in the 22 000 texts we measure on (corpus, shared
// NER sets, UD French, Wikinews): 'European Medicines Agency' in a drug leaflet of UD Sequoia, still found by the
// name rules, as written. They weighed 6 KB gzipped.
const englishNames = (r) => [r.name_en, ...(r.names_other_en ? r.names_other_en.split('|') : [])].filter((n) => n && /^\p{Lu}\p{Ll}{3,}$/u.test(n));

// 2. International organisations (and French acronyms from the supplement).
const suppByQid = new Map(supp.map((r) => [r.wikidata, r]));
for (const r of intl) {
  const s = r.wikidata ? suppByQid.get(r.wikidata) : undefined;
  const nameFr = cap(r.name_fr || s?.name_fr || '');
  const acronym = s?.abbrev_fr || r.abbrev_fr || '';
  const existing = (nameFr && byAlias.get(key(nameFr))) || (acronym ? byAlias.get(key(acronym)) : undefined);
  let rec = existing;
  if (rec) {
    // The hand list names it already: take the QID from the source file.
    if (!rec.wikidata && r.wikidata) rec.wikidata = r.wikidata;
    if (!rec.acronym && acronym && !taken(acronym)) { rec.acronym = acronym; index(rec, acronym); }
    if (nameFr && key(nameFr) !== key(rec.name)) alias(rec, nameFr);
  } else if (nameFr) {
    rec = { name: nameFr, acronym: acronym && !taken(acronym) ? acronym : '', aliases: [], kind: 'intl', flags: '', wikidata: r.wikidata };
    add(rec);
  } else continue;
  // An organisation the source names only in English ('Asian Clearing Union', 'Caribbean Examinations Council') is
  // left out: the 162 of them matched nothing in the 22 000 texts we measure on, for 4.4 KB gzipped; French news
  // names an international body in French, and the name rules still find an English one ('… Council').

  for (const a of [r.abbrev_en, ...(r.abbrevs_other_en ? r.abbrevs_other_en.split('|') : [])]) if (englishAcronym(a)) alias(rec, a);
  for (const n of englishNames(r)) alias(rec, n);
}
// Supplement rows with a French acronym but no French name in the table (CICR, HCR, UNICEF…): the hand list names them.
for (const s of supp) {
  const rec = byAlias.get(key(s.abbrev_fr));
  if (rec && !rec.wikidata) rec.wikidata = s.wikidata;
}
// 3. French news writes a pronounceable acronym in title case ('Axa', 'Unrwa', 'Ofpra', 'Unesco'): each acronym of four
// capitals or more gets that form, unless it is a French word, a given name, a town or a country's name ('IRENA' →
// 'Irena' a first name, 'GUAM' → 'Guam' a territory, 'BIRD' → no, it stays 'BIRD'), which the form would take.
const blocked = new Set();
for (const r of readTsv(requireShared('data/lexicons/fr-words-hunspell/stems.tsv'))) blocked.add(key(r.word));
for (const r of readTsv(requireShared('data/lexicons/insee-prenoms/prenoms.tsv'))) blocked.add(key(r.name));
for (const r of readTsv(requireShared('data/lexicons/ne-populated-places/places.tsv'))) for (const n of [r.name_fr, r.name_en, r.name]) if (n) blocked.add(key(n));
for (const r of readTsv(requireShared('data/lexicons/countries-fr/countries.tsv'))) for (const v of Object.values(r)) if (v && !/\|/.test(v)) blocked.add(key(v));
// Acronyms whose title-case form is an English word or surname the French press quotes ('Larry Bird', 'Fact').
const ENGLISH_WORDS = new Set(['BIRD', 'FACT']);
// Three capitals are left out: their title-case forms are too often words ('HAS' → 'Has', 'ICE' → 'Ice', 'COP').
const titled = [];
for (const rec of orgs.values()) {
  for (const form of [rec.acronym, rec.name]) {
    if (!/^[A-Z]{4,7}$/.test(form ?? '') || ENGLISH_WORDS.has(form)) continue;
    const title = form[0] + form.slice(1).toLowerCase();
    if (blocked.has(key(title)) || taken(title) && byAlias.get(key(title)) !== rec || rec.aliases.includes(title)) continue;
    rec.aliases.push(title);
    titled.push(title);
  }
}
if (process.env.GEN_VERBOSE) console.log(`title-case acronyms: ${titled.join(' ')}`);
const clean = (s) => s.replace(/[\t\n|]/g, ' ');
// The kind is written once for a run of organisations of one kind ('#party'), in the order of the records,
// which decides between two organisations of one name.
const lines = [];
let kind;
for (const o of orgs.values()) {
  if (o.kind !== kind) lines.push(`#${(kind = o.kind) ?? ''}`);
  lines.push([o.name, o.acronym, o.wikidata, [...new Set(o.aliases)].map(clean).join('|'), o.flags].map((c) => c ?? '').join('\t').replace(/\t+$/, ''));
}
if (lines.some((l) => /^#/.test(l) && / /.test(l))) throw new Error('gen-organizations: a kind has a space');
const out = `// GENERATED by scripts/gen-organizations.mjs (do not edit; edit data/organizations.tsv and rerun).
//
// Sources: data/organizations.tsv, gazette's own list of institutions, parties, unions, companies, media, clubs and
// armed groups (facts only: names and acronyms); Supraverden (github:confirmordeny/supraverden), © Confirmordeny
// 2025-2026, CC BY-SA 4.0, via ../shared/data/lexicons/intl-orgs: French and English names of international
// organisations, and Wikidata QIDs (CC0).
// License of this table: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), share-alike: see NOTICE.md.
//
// Runs of organisations of one kind, each after a line '#kind'; one organisation a line: canonical French name,
// acronym, Wikidata, other names (|), flags (,).
export const ORGANIZATION_TABLE = ${literal(lines.join('\n'))};
`;
writeFileSync(join(projectRoot, 'src/data/organizations.ts'), out);
console.log(`src/data/organizations.ts: ${orgs.size} organisations, ${out.length} bytes`);
