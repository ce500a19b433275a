#!/usr/bin/env node
// Compiles the annotated articles of corpus/dev and corpus/test into gold JSONL
// (the format of ../shared/data, read by ../shared/tools/score.mjs and `npm run eval`).
//   node scripts/corpus.mjs           write corpus/dev.jsonl and corpus/test.jsonl
//   node scripts/corpus.mjs --check   fail if the committed JSONL is not what the articles give
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const TYPES = new Set(['PER', 'CTRY', 'CADJ', 'ORG', 'LOC', 'DATE']);
const DATE_VALUE = /^(?:null|(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?|\d{3}X|\d{2}XX|\d{4}-(?:SP|SU|FA|WI))$/;

/** Parses one article file into a gold record; throws with the file and line on any markup error. */
export function parseArticle(source, file) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${file}: missing front matter`);
  const front = Object.fromEntries(m[1].split('\n').filter(Boolean).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }));
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(front.date ?? '')) throw new Error(`${file}: front matter needs date: YYYY-MM-DD`);
  const body = source.replace(/\r\n/g, '\n').slice(m[0].length).trim();
  let text = '';
  const entities = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '[') {
      const close = body.indexOf(']', i);
      if (close < 0 || body[close + 1] !== '{') throw new Error(`${file}: '[' at ${where(body, i)} is not an annotation`);
      const surface = body.slice(i + 1, close);
      if (/[[\]{}]/.test(surface)) throw new Error(`${file}: nested markup at ${where(body, i)}`);
      const end = body.indexOf('}', close);
      if (end < 0) throw new Error(`${file}: unclosed '{' at ${where(body, close)}`);
      const label = body.slice(close + 2, end);
      const sp = label.indexOf(' ');
      const type = sp < 0 ? label : label.slice(0, sp);
      const norm = sp < 0 ? '' : label.slice(sp + 1).trim();
      if (!TYPES.has(type)) throw new Error(`${file}: unknown type '${type}' at ${where(body, i)}`);
      if (!norm) throw new Error(`${file}: annotation without norm at ${where(body, i)}`);
      if (/^\s|\s$/.test(surface) || !surface) throw new Error(`${file}: surface with outer spaces at ${where(body, i)}`);
      if ((type === 'CTRY' || type === 'CADJ') && !/^[A-Z]{2}$/.test(norm)) throw new Error(`${file}: ${type} norm must be an ISO alpha-2 code at ${where(body, i)}`);
      if (type === 'DATE' && !DATE_VALUE.test(norm)) throw new Error(`${file}: bad date value '${norm}' at ${where(body, i)}`);
      entities.push({ start: text.length, end: text.length + surface.length, type, text: surface, norm: norm === 'null' ? null : norm });
      text += surface;
      i = end + 1;
    } else {
      if (c === ']' || c === '{' || c === '}') throw new Error(`${file}: stray '${c}' at ${where(body, i)}`);
      text += c;
      i++;
    }
  }
  return { date: front.date, topic: front.topic ?? '', text, entities };
}

function where(body, i) {
  const line = body.slice(0, i).split('\n').length + 5;
  return `line ~${line} ('${body.slice(Math.max(0, i - 20), i + 30).replace(/\n/g, ' ')}')`;
}

export function compile(part) {
  const dir = join(root, part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => {
    const a = parseArticle(readFileSync(join(dir, f), 'utf8'), `${part}/${f}`);
    for (const e of a.entities) if (a.text.slice(e.start, e.end) !== e.text) throw new Error(`${part}/${f}: offset mismatch`);
    return { id: `gazette-corpus:${part}:${f.replace(/\.md$/, '')}`, date: a.date, meta: { topic: a.topic, file: `${part}/${f}` }, text: a.text, entities: a.entities };
  });
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--validate') {
  // node scripts/corpus.mjs --validate corpus/dev/001-x.md ...: parse the given files only, print their entities
  for (const f of process.argv.slice(3).filter((a) => !a.startsWith('--'))) {
    const a = parseArticle(readFileSync(f, 'utf8'), f);
    const words = a.text.split(/\s+/).filter(Boolean).length;
    const byType = {};
    for (const e of a.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
    console.log(`${f}: ${words} words, ${a.entities.length} entities ${JSON.stringify(byType)}`);
    if (process.argv.includes('--verbose')) for (const e of a.entities) console.log(`  ${e.type.padEnd(4)} ${e.text} -> ${e.norm}`);
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const part of ['dev', 'test']) {
    const docs = compile(part);
    const out = docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '');
    const file = join(root, `${part}.jsonl`);
    const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
    const ents = docs.reduce((n, d) => n + d.entities.length, 0);
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== out) { stale++; console.error(`corpus/${part}.jsonl is stale: run npm run corpus`); }
    } else writeFileSync(file, out);
    console.log(`${part}: ${docs.length} articles, ${words} words, ${ents} entities`);
  }
  process.exit(stale ? 1 : 0);
}
