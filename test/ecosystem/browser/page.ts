// The browser side of the Chromium test: gazette bundled by esbuild for the browser, run on
// the article in the page, its entities rendered with annotate().
import { analyze, annotate, type Entity } from 'gazette';

declare const document: {
  getElementById(id: string): { textContent: string | null; innerHTML: string; dataset: Record<string, string> } | null;
};
declare const window: { gazetteResult?: { entities: Entity[]; language: string; ms: number } };

const source = document.getElementById('article');
const out = document.getElementById('out');
const text = source?.textContent ?? '';
const started = performance.now();
const doc = analyze(text);
const ms = performance.now() - started;
if (out) {
  out.innerHTML = annotate(text, doc.entities).html;
  out.dataset.done = 'yes';
}
window.gazetteResult = { entities: doc.entities, language: doc.language.code, ms };
