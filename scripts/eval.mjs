#!/usr/bin/env node
// Evaluates the built library (dist/) against gold JSONL: per type precision, recall, F1 (strict span and
// fuzzy overlap), normalization accuracy, and the misses and false positives.
//   node scripts/eval.mjs [gold.jsonl ...] [--scheme news|conll] [--misses] [--type PER] [--limit N]
// Without a file: corpus/dev.jsonl and corpus/test.jsonl.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const files = args.filter((a, i) => !a.startsWith('--') && !['--scheme', '--type', '--limit'].includes(args[i - 1]));
const showMisses = args.includes('--misses');
const onlyType = opt('--type', null);
const limit = Number(opt('--limit', '0'));
const { extract } = await import(join(root, 'dist/index.js'));

const fold = (s) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();

function predType(e, scheme) {
  const form = e.normalized?.form;
  if (scheme === 'conll') {
    if (e.type === 'person') return 'PER';
    if (e.type === 'organization') return 'ORG';
    if (e.type === 'date') return 'DATE';
    if ((e.type === 'country' && form === 'name') || e.type === 'location') return 'LOC';
    return null;
  }
  return { person: 'PER', organization: 'ORG', location: 'LOC', date: 'DATE' }[e.type] ?? (e.type === 'country' ? (form === 'demonym' ? 'CADJ' : 'CTRY') : null);
}

function predNorm(e) {
  const n = e.normalized ?? {};
  return e.type === 'country' ? n.code : e.type === 'date' ? n.value : n.name;
}

function normOk(type, gold, pred, e) {
  if (pred == null) return gold == null;
  if (type === 'CTRY' || type === 'CADJ') return String(pred).toUpperCase() === gold;
  if (type === 'DATE') return String(pred) === gold;
  if (type === 'ORG') return fold(pred) === fold(gold) || (e.normalized?.acronym && fold(e.normalized.acronym) === fold(gold));
  if (type === 'PER' && !fold(gold).includes(' ')) return fold(pred) === fold(gold) || fold(pred).endsWith(' ' + fold(gold));
  return fold(pred) === fold(gold);
}

export function evaluate(docs, scheme) {
  const hasDates = docs.some((d) => d.entities.some((e) => e.type === 'DATE'));
  const types = scheme === 'conll' ? ['PER', 'LOC', 'ORG', ...(hasDates ? ['DATE'] : [])] : ['PER', 'CTRY', 'CADJ', 'ORG', 'LOC', 'DATE'];
  const S = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0, ovG: 0, ovP: 0, nP: 0, normOk: 0, normN: 0, dtp: 0, dfp: 0, dfn: 0 }]));
  const misses = [];
  const falsePositives = [];
  const wrongNorms = [];
  for (const d of docs) {
    const ref = d.date ?? d.meta?.date;
    const pred = extract(d.text, ref ? { referenceDate: ref } : undefined);
    const P = pred.map((e) => ({ e, t: predType(e, scheme) })).filter((p) => p.t && types.includes(p.t));
    const G = d.entities.filter((g) => types.includes(g.type));
    const ctx = (s, e) => d.text.slice(Math.max(0, s - 40), s).replace(/\s+/g, ' ') + '[' + d.text.slice(s, e) + ']' + d.text.slice(e, e + 40).replace(/\s+/g, ' ');
    for (const p of P) {
      S[p.t].nP++;
      const exact = G.find((g) => g.type === p.t && g.start === p.e.start && g.end === p.e.end);
      if (exact) S[p.t].tp++;
      else {
        S[p.t].fp++;
        const other = G.find((g) => g.start < p.e.end && p.e.start < g.end);
        falsePositives.push({ id: d.id, type: p.t, text: p.e.text, source: p.e.source, gold: other ? `${other.type} '${other.text}'` : '', ctx: ctx(p.e.start, p.e.end) });
      }
      if (G.some((g) => g.type === p.t && g.start < p.e.end && p.e.start < g.end)) S[p.t].ovP++;
    }
    for (const g of G) {
      const exact = P.find((p) => p.t === g.type && p.e.start === g.start && p.e.end === g.end);
      const hit = exact ?? P.find((p) => p.t === g.type && p.e.start < g.end && g.start < p.e.end);
      if (!exact) {
        S[g.type].fn++;
        const other = pred.find((e) => e.start < g.end && g.start < e.end);
        misses.push({ id: d.id, type: g.type, text: g.text, norm: g.norm ?? null, got: other ? `${other.type} '${other.text}' (${other.source})` : '', ctx: ctx(g.start, g.end) });
      }
      if (hit) S[g.type].ovG++;
      if (scheme === 'news' && 'norm' in g) {
        S[g.type].normN++;
        if (hit && normOk(g.type, g.norm, predNorm(hit.e), hit.e)) S[g.type].normOk++;
        else if (hit) wrongNorms.push({ id: d.id, type: g.type, text: g.text, gold: g.norm, got: predNorm(hit.e), ctx: ctx(g.start, g.end) });
      }
    }
    if (scheme === 'news') {
      for (const t of types) {
        const gs = new Set(G.filter((g) => g.type === t).map((g) => fold(g.norm)));
        const ps = new Set(P.filter((p) => p.t === t).map((p) => fold(predNorm(p.e))));
        for (const v of ps) S[t][gs.has(v) ? 'dtp' : 'dfp']++;
        for (const v of gs) if (!ps.has(v)) S[t].dfn++;
      }
    }
  }
  const prf = (tp, fp, fn) => {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const out = { docs: docs.length, types: {}, misses, falsePositives, wrongNorms };
  let TP = 0, FP = 0, FN = 0;
  for (const t of types) {
    const s = S[t];
    TP += s.tp; FP += s.fp; FN += s.fn;
    const fp = s.ovP / (s.nP || 1), fr = s.ovG / (s.tp + s.fn || 1);
    out.types[t] = { gold: s.tp + s.fn, ...prf(s.tp, s.fp, s.fn), fuzzyF1: fp + fr ? (2 * fp * fr) / (fp + fr) : 0, normAcc: s.normN ? s.normOk / s.normN : null, docF1: scheme === 'news' ? prf(s.dtp, s.dfp, s.dfn).f1 : null };
  }
  out.micro = prf(TP, FP, FN);
  return out;
}

export function loadGold(path) {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export function formatTable(res) {
  const pct = (x) => (x == null ? '    -' : (x * 100).toFixed(1).padStart(5));
  const lines = ['type   gold     P     R    F1 fuzzF1 normAcc docF1'];
  for (const [t, r] of Object.entries(res.types)) lines.push(`${t.padEnd(5)} ${String(r.gold).padStart(5)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}  ${pct(r.fuzzyF1)}   ${pct(r.normAcc)} ${pct(r.docF1)}`);
  lines.push(`micro       ${pct(res.micro.p)} ${pct(res.micro.r)} ${pct(res.micro.f1)}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = files.length ? files : [join(root, 'corpus/dev.jsonl'), join(root, 'corpus/test.jsonl')];
  for (const f of targets) {
    let docs = loadGold(f);
    if (limit) docs = docs.slice(0, limit);
    const scheme = opt('--scheme', docs.some((d) => d.entities.some((e) => e.type === 'CTRY' || e.type === 'CADJ')) ? 'news' : 'conll');
    const res = evaluate(docs, scheme);
    console.log(`\n${f} (${scheme}, ${res.docs} docs)\n${formatTable(res)}`);
    if (showMisses) {
      const keep = (x) => !onlyType || x.type === onlyType;
      console.log('\nmisses:');
      for (const m of res.misses.filter(keep)) console.log(`  ${m.type} '${m.text}'${m.got ? ` got ${m.got}` : ''}  …${m.ctx}…`);
      console.log('\nfalse positives:');
      for (const m of res.falsePositives.filter(keep)) console.log(`  ${m.type} '${m.text}' (${m.source})${m.gold ? ` gold ${m.gold}` : ''}  …${m.ctx}…`);
      if (scheme === 'news') {
        console.log('\nwrong normalizations:');
        for (const m of res.wrongNorms.filter(keep)) console.log(`  ${m.type} '${m.text}' gold '${m.gold}' got '${m.got}'  …${m.ctx}…`);
      }
    }
  }
}
