// The built package under Deno, as a Deno user imports it: `import … from 'gazette'`
// resolves through package.json and node_modules (no network: `--no-remote`,
// `--node-modules-dir=manual`). Run by scripts/check-deno.mjs, type-checked by `deno check`.
import { analyze, annotate, entityTable, extract, findDates, type Analysis, type Entity } from 'gazette';

const JUPYTER = Symbol.for('Jupyter.display');
let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail?: unknown): void {
  if (ok) passed++;
  else {
    failed++;
    console.error(`FAIL ${name}`, detail ?? '');
  }
}

const text = 'Nasser Bourita, ministre marocain des Affaires étrangères, accueillera le 11 mai prochain à Marrakech '
  + "la réunion de la Coalition. Bourita a salué l'engagement du Maroc <script>alert(1)</script>.";

const entities: Entity[] = extract(text, { referenceDate: '2022-04' });
check('extract finds the entities', JSON.stringify(entities.map((e) => e.text)) === JSON.stringify(['Nasser Bourita', 'marocain', '11 mai prochain', 'Marrakech', 'Bourita', 'Maroc']), entities.map((e) => e.text));
check('offsets hold', entities.every((e) => text.slice(e.start, e.end) === e.text));
check('findDates resolves against the reference date', findDates(text, { referenceDate: '2022-04' })[0]?.normalized.value === '2022-05-11');

const doc: Analysis = analyze(text, { referenceDate: '2022-04' });
check('analyze reads French', doc.language.code === 'fra' && !doc.language.notFrench, doc.language);
check('analyze groups Bourita', doc.unique.person[0]?.count === 2 && doc.unique.person[0]?.key === 'Nasser Bourita', doc.unique.person);
check('analyze says where the date came from', doc.referenceDate.from === 'option');

const shown = annotate(text, entities);
const bundle = (shown as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER]?.();
check('annotate displays in a notebook', bundle?.['text/html'] === shown.html && bundle?.['text/markdown'] === shown.markdown);
check('annotate escapes the text', !shown.html.includes('<script>') && shown.html.includes('&lt;script&gt;'));
check('entityTable is a Markdown table', entityTable(entities).markdown.startsWith('| type | text | normalized | start–end |'));

let threw = '';
try {
  extract(42 as unknown as string);
} catch (err) {
  threw = (err as Error).message;
}
check('bad input gets a gazette: error', threw.startsWith('gazette: text must be a string'), threw);

console.log(`deno ${Deno.version.deno}: ${passed} passed, ${failed} failed`);
if (failed > 0) Deno.exit(1);
