#!/usr/bin/env node
// Scores the built library (dist/) on gold JSONL: per type precision, recall, F1 (strict span and
// fuzzy overlap), normalization accuracy, document-level F1, and the misses, false positives and
// wrong normalizations behind them. Counts as ../shared/tools/score.mjs does.
//
//   npm run eval                          corpus dev + test, then the shared dev sets if ../shared/data exists
//   npm run eval -- FILE.jsonl ...        any gold JSONL (scheme detected; --scheme news|conll forces it)
//   npm run eval -- --shared | --no-shared   add (or leave out) the shared dev sets (conll scheme)
//   npm run eval -- --misses [--type DATE]   list misses, false positives, wrong normalizations
//   npm run eval -- --limit N             first N documents of each file
//   npm run eval -- --json                one JSON object on stdout
//   npm run eval -- --report [--check]    write corpus/REPORT.md and the README accuracy table (--check: fail if stale);
//                                         with --shared, the README's shared-sets table too
//   npm run eval -- --update-floors       raise corpus/floors.json to the measurement (never lowers)
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectScheme, evaluate, loadGold } from './eval/score.mjs';
import { formatLists, formatTable } from './eval/format.mjs';
import { renderReadmeAccuracy, renderReadmeShared, renderReport } from './eval/report.mjs';
import { updateReadmeBlock } from './eval/readme.mjs';
import { floorDrops, raiseFloors, readFloors, writeFloors } from './eval/floors.mjs';
import { corpusTargets, hasSharedData, sharedTargets } from './eval/targets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FLAGS = new Set(['--shared', '--no-shared', '--misses', '--json', '--report', '--check', '--update-floors', '--help']);
const VALUED = new Set(['--scheme', '--type', '--limit']);

function parseArgs(argv) {
  const o = { files: [], flags: new Set(), values: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUED.has(a)) {
      if (argv[i + 1] === undefined) fail(`${a} needs a value`);
      o.values[a] = argv[++i];
    } else if (FLAGS.has(a)) o.flags.add(a);
    else if (a.startsWith('--')) fail(`unknown option ${a} (see the header of scripts/eval.mjs)`);
    else o.files.push(a);
  }
  return o;
}

function fail(msg) {
  console.error(`eval: ${msg}`);
  process.exit(2);
}

/** Warns when dist/ is older than a source file: the figures would be those of an old build. */
function checkBuild() {
  const entry = join(root, 'dist/index.js');
  if (!existsSync(entry)) fail('dist/index.js is missing: run `npm run build` first');
  const built = statSync(entry).mtimeMs;
  const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  if (newest(join(root, 'src')) > built) console.error('eval: warning: src/ changed after the last build; run `npm run build` for current figures');
  return entry;
}

const args = parseArgs(process.argv.slice(2));
if (args.flags.has('--help')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}
const want = (f) => args.flags.has(f);
const corpusOnly = want('--report') || want('--update-floors');
if (corpusOnly && args.files.length) fail('--report and --update-floors work on the corpus; give no file');
if (corpusOnly && args.values['--limit']) fail('--report and --update-floors need the whole corpus; drop --limit');
const scheme = args.values['--scheme'];
if (scheme && scheme !== 'news' && scheme !== 'conll') fail(`--scheme is news or conll, not ${scheme}`);
const limit = Number(args.values['--limit'] ?? 0);
if (!Number.isInteger(limit) || limit < 0) fail('--limit needs a whole number');

let targets = args.files.length
  ? args.files.map((f) => ({ name: relative(root, f) || f, file: f }))
  : corpusTargets(root);
// --report and --update-floors concern the corpus: the shared sets join them only when asked.
const withShared = want('--shared') || (!args.files.length && !corpusOnly && !want('--no-shared') && hasSharedData(root));
if (withShared) {
  const shared = sharedTargets(root);
  if (!shared.length) fail('--shared: no ../shared/data here');
  targets = [...targets, ...shared];
}

const { extract } = await import(pathToFileURL(checkBuild()).href);
const json = want('--json');
const runs = [];
for (const t of targets) {
  if (!existsSync(t.file)) fail(`no such file: ${t.file}`);
  let docs = loadGold(t.file);
  if (limit) docs = docs.slice(0, limit);
  const s = scheme ?? t.scheme ?? detectScheme(docs);
  const t0 = performance.now();
  const res = evaluate(docs, { extract, scheme: s });
  const ms = Math.round(performance.now() - t0);
  runs.push({ ...t, res, ms });
  if (json) continue;
  console.log(`\n${t.name} (${s}, ${res.docs} docs, ${res.words} words, ${ms} ms${res.errors ? `, ${res.errors} ERRORS, first: ${res.firstError}` : ''})`);
  console.log(formatTable(res));
  if (want('--misses')) console.log(formatLists(res, args.values['--type']));
}

// Floors and the report concern the whole corpus: only when both parts ran unabridged.
const corpus = Object.fromEntries(runs.filter((r) => r.part && !limit).map((r) => [r.part, r.res]));
const floorsPath = join(root, 'corpus/floors.json');
let status = 0;
let drops = [];
if (corpus.dev && corpus.test) {
  const floors = readFloors(floorsPath);
  if (want('--update-floors')) {
    const { floors: next, raised, below } = raiseFloors(floors, corpus);
    writeFloors(floorsPath, next);
    if (!json) {
      console.log(`\nfloors: ${raised.length ? raised.map((r) => `${r.part} ${r.type} ${r.from ?? '–'} → ${r.to}`).join(', ') : 'none raised'}`);
      for (const b of below) console.log(`floors: ${b.part} ${b.type} F1 ${b.f1.toFixed(4)} is BELOW its floor ${b.floor}; not lowered (edit corpus/floors.json by hand if that is intended)`);
    }
  }
  drops = floorDrops(readFloors(floorsPath), corpus);
  if (!json) {
    if (!existsSync(floorsPath)) console.log('\nfloors: none yet (npm run eval -- --update-floors sets them)');
    else console.log(drops.length
      ? `\nfloors: ${drops.length} BELOW: ${drops.map((d) => `${d.part} ${d.type} ${(d.f1 * 100).toFixed(1)} < ${(d.floor * 100).toFixed(1)}`).join(', ')}`
      : `\nfloors: ok (strict F1 of every type at or above corpus/floors.json)`);
  }
  if (drops.length) status = 1;
  if (want('--report') && !writeReports(corpus, runs.filter((r) => r.shared), want('--check'))) status = 1;
}

/**
 * Writes corpus/REPORT.md and the README's generated tables (accuracy; shared sets when they
 * were scored in this run), or with `check` only compares them.
 * @returns {boolean} whether everything was (or, with check, already is) up to date
 */
function writeReports({ dev, test }, sharedRuns, check) {
  const reportPath = join(root, 'corpus/REPORT.md');
  const readmePath = join(root, 'README.md');
  const report = renderReport({ dev, test });
  const stale = [];
  if (!existsSync(reportPath) || readFileSync(reportPath, 'utf8') !== report) {
    stale.push('corpus/REPORT.md');
    if (!check) writeFileSync(reportPath, report);
  }
  if (!updateReadmeBlock(readmePath, 'accuracy', renderReadmeAccuracy({ dev, test }), { check })) stale.push('README.md accuracy table');
  if (sharedRuns.length && !updateReadmeBlock(readmePath, 'shared', renderReadmeShared(sharedRuns), { check })) stale.push('README.md shared-sets table');
  if (!json) {
    if (check) console.log(stale.length ? `STALE: ${stale.join(', ')}: run npm run build && npm run eval -- --report` : 'corpus/REPORT.md and the README tables are up to date');
    else console.log(stale.length ? `wrote ${stale.join(', ')}` : 'corpus/REPORT.md and the README tables were already up to date');
  }
  return !check || stale.length === 0;
}

if (json) {
  const lists = want('--misses');
  const out = runs.map(({ name, file, res, ms }) => {
    const { misses, falsePositives, wrongNorms, ...scores } = res;
    return { name, file: relative(root, file), ms, ...scores, ...(lists ? { misses, falsePositives, wrongNorms } : {}) };
  });
  console.log(JSON.stringify({ runs: out, floorDrops: drops }));
}
process.exit(status);
