#!/usr/bin/env node
// What the gap classifier can reach on a gold file: the runs of capitals no rule candidate touches
// (the only places it reads), what the gold says each is, and how often its reading is right at each
// confidence level, per type. Measures only (the shared sets are never tuned on):
//
//   node scripts/gap-reach.mjs [--model model.json] [--limit N] FILE.jsonl ...
//
// Without --model, the shipped model. The sources of src/model are bundled on the fly (esbuild), as
// the library does not export the runs; the finders are those of the built library (npm run build).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadGold } from './eval/score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEVELS = [0.3, 0.4, 0.5, 0.6, 0.7];
const TYPES = ['PER', 'LOC', 'ORG'];

/** The gap functions of src/model, bundled from the sources into a module. */
async function gapModule() {
  const entry = `export { gapRuns } from './src/model/gaps.ts'; export { classifyGaps, unpackGapModel } from './src/model/gap-model.ts'; export { personLexicon } from './src/finders/person.ts';`;
  const out = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/**
 * The census of the gap runs of some gold documents and the classifier's reading of them.
 * @param {{ docs: object[], lib: object, gaps: object, model: object }} options
 */
export function gapReach({ docs, lib, gaps, model }) {
  const runtime = gaps.unpackGapModel(model.gaps);
  const givenNames = gaps.personLexicon().givenNames;
  const finders = lib.defaultFinders();
  const census = { runs: 0, PER: 0, LOC: 0, ORG: 0, other: 0, piece: 0, none: 0 };
  const read = Object.fromEntries(TYPES.map((t) => [t, LEVELS.map(() => ({ read: 0, right: 0 }))]));
  for (const d of docs) {
    const doc = lib.prepare(d.text);
    const ctx = { reference: null, drop: () => {} };
    const candidates = finders.flatMap((f) => f.find(doc, ctx));
    const gold = d.entities.map((e) => ({ ...e, type: e.type === 'CTRY' ? 'LOC' : e.type }));
    const labelOf = (run) => {
      const same = gold.find((e) => e.start === run.start && e.end === run.end);
      if (same) return TYPES.includes(same.type) ? same.type : 'other';
      return gold.some((e) => e.start < run.end && run.start < e.end) ? 'piece' : 'none';
    };
    const readings = new Map(gaps.classifyGaps(doc, candidates, runtime, givenNames).map((m) => [m.start, m]));
    for (const run of gaps.gapRuns(doc, candidates)) {
      const label = labelOf(run);
      census.runs++;
      census[label]++;
      const m = readings.get(run.start);
      if (!m) continue;
      LEVELS.forEach((level, k) => {
        if (m.confidence < level) return;
        read[m.type][k].read++;
        if (m.type === label) read[m.type][k].right++;
      });
    }
  }
  return { census, read };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const files = [];
  let modelFile;
  let limit = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--model') modelFile = args[++i];
    else if (args[i] === '--limit') limit = Number(args[++i]);
    else files.push(args[i]);
  }
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const gaps = await gapModule();
  const model = modelFile ? JSON.parse(readFileSync(modelFile, 'utf8')) : lib.defaultModel();
  console.log(`levels the model adds: ${JSON.stringify(model.combine?.gaps ?? {})}`);
  for (const file of files) {
    const all = loadGold(file);
    const docs = limit ? all.slice(0, limit) : all;
    const { census, read } = gapReach({ docs, lib, gaps, model });
    const c = census;
    console.log(`${file} (${docs.length} docs): ${c.runs} gap runs: exactly a name ${c.PER + c.LOC + c.ORG} (PER ${c.PER}, LOC ${c.LOC}, ORG ${c.ORG}), another gold span ${c.other}, a piece of a longer one ${c.piece}, no name ${c.none}`);
    console.log(`  right / read at confidence ≥ ${LEVELS.join(', ')}`);
    for (const t of TYPES) console.log(`  ${t}  ${read[t].map((x) => `${x.right}/${x.read}`.padStart(9)).join(' ')}`);
  }
}
