#!/usr/bin/env node
// Rules alone against rules + model, side by side, on gold JSONL files (counted as
// ../shared/tools/score.mjs counts: strict and fuzzy F1 per type and micro):
//
//   node scripts/compare-model.mjs [--model model.json] [--limit N] [--json] [--markdown] FILE.jsonl ...
//
// Without --model, the shipped default model (src/data/model.ts, as built in dist/). The scheme of
// each file is detected (news for the corpus, conll for ../shared/data). Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evaluate, loadGold } from './eval/score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Scores each file with the rules alone and with the model.
 * @param {{ files: string[], model?: object, limit?: number, library?: object, combine?: object }} options (combine: the model stage's options)
 */
export async function compareModel({ files, model, limit = 0, library, combine }) {
  const lib = library ?? (await import(pathToFileURL(join(root, 'dist/index.js')).href));
  const rules = lib.createExtractor({ model: null });
  const withModel = combine
    ? lib.createExtractor({ model: null, resolvers: [lib.createModelResolver(model ?? lib.defaultModel(), combine), ...lib.defaultResolvers()] })
    : lib.createExtractor(model ? { model } : {});
  const rows = [];
  for (const file of files) {
    const all = loadGold(file);
    const docs = limit ? all.slice(0, limit) : all;
    const a = evaluate(docs, { extract: rules.extract });
    const b = evaluate(docs, { extract: withModel.extract });
    rows.push({ file, docs: docs.length, scheme: a.scheme, rules: summary(a), model: summary(b) });
  }
  return rows;
}

function summary(r) {
  const out = { micro: { p: r.micro.p, r: r.micro.r, f1: r.micro.f1, fuzzyF1: r.micro.fuzzyF1 } };
  for (const [t, s] of Object.entries(r.types)) out[t] = { gold: s.gold, p: s.p, r: s.r, f1: s.f1, fuzzyF1: s.fuzzyF1 };
  return out;
}

const pct = (x) => (x * 100).toFixed(1);

/** A markdown table: one row per type, rules and rules + model strict F1 (fuzzy), P/R of each. */
export function markdown(rows) {
  const lines = [];
  for (const row of rows) {
    lines.push(`${row.file.split('/').slice(-2).join('/')} (${row.docs} docs, ${row.scheme} scheme)`, '');
    lines.push('| type | gold | rules P / R | rules F1 (fuzzy) | + model P / R | + model F1 (fuzzy) |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const t of Object.keys(row.rules)) {
      const a = row.rules[t];
      const b = row.model[t];
      const bold = (x, y) => (y > x + 0.0005 ? `**${pct(y)}**` : pct(y));
      lines.push(`| ${t} | ${a.gold ?? ''} | ${pct(a.p)} / ${pct(a.r)} | ${pct(a.f1)} (${pct(a.fuzzyF1)}) | ${pct(b.p)} / ${pct(b.r)} | ${bold(a.f1, b.f1)} (${pct(b.fuzzyF1)}) |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const files = [];
  let model;
  let limit = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--model') model = JSON.parse(readFileSync(args[++i], 'utf8'));
    else if (args[i] === '--limit') limit = Number(args[++i]);
    else if (!args[i].startsWith('--')) files.push(args[i]);
  }
  const rows = await compareModel({ files, model, limit });
  if (args.includes('--json')) console.log(JSON.stringify(rows));
  else if (args.includes('--markdown')) console.log(markdown(rows));
  else {
    for (const row of rows) {
      console.log(`${row.file} (${row.docs} docs, ${row.scheme})`);
      console.log('type    gold   rules P    R   F1  fuzzy |  +model P    R   F1  fuzzy');
      for (const t of Object.keys(row.rules)) {
        const a = row.rules[t];
        const b = row.model[t];
        const f = (s) => `${pct(s.p).padStart(5)} ${pct(s.r).padStart(5)} ${pct(s.f1).padStart(5)} ${pct(s.fuzzyF1).padStart(5)}`;
        console.log(`${t.padEnd(6)} ${String(a.gold ?? '').padStart(5)}   ${f(a)} |   ${f(b)}`);
      }
    }
  }
}
