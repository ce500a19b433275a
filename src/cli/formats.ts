import { annotate, entityTable, escapeHtml, type Analysis } from '../index.js';
import { TYPE_LABELS, describeValue } from '../describe.js';

/** A plain-text document run through `analyze`, with where it came from ('-' for stdin). */
export interface DocumentResult {
  file: string;
  text: string;
  analysis: Analysis;
}

/** The output formats of text input. */
export const FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Renders analysed documents: `table` for people, `json` (one array) and `jsonl` (a line per
 * document) for programs, `html` for a browser.
 * @example render([{ file: 'a.txt', text, analysis }], 'table')
 * // '# a.txt · fra · reference date 2022-04 (header) · 4 entities\nPER   Nasser Bourita   Nasser Bourita   13–27\n…'
 */
export function render(docs: readonly DocumentResult[], format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify(docs.map(record), null, 2) + '\n';
    case 'jsonl':
      return docs.map((d) => JSON.stringify(record(d)) + '\n').join('');
    case 'table':
      return docs.map(table).join('\n');
    case 'html':
      return page(docs);
  }
}

function record(d: DocumentResult): object {
  return { file: d.file, ...d.analysis };
}

function heading(d: DocumentResult): string {
  const { language, referenceDate, entities } = d.analysis;
  const lang = language.determined ? language.code + (language.notFrench ? ' (not French!)' : '') : 'language undetermined (short text)';
  const ref = referenceDate.value === null ? 'no reference date' : `reference date ${referenceDate.value} (${referenceDate.from})`;
  return `${d.file} · ${lang} · ${ref} · ${entities.length} ${entities.length === 1 ? 'entity' : 'entities'}`;
}

function table(d: DocumentResult): string {
  const rows = d.analysis.entities.map((e) => [TYPE_LABELS[e.type], oneLine(e.text), describeValue(e), `${e.start}–${e.end}`]);
  const widths = [4, 0, 0].map((min, col) => Math.min(48, Math.max(min, ...rows.map((r) => (r[col] ?? '').length))));
  const lines = rows.map((r) => r.map((c, col) => (col < 3 ? c.padEnd(widths[col] ?? 0) : c)).join('  ').trimEnd());
  return [`# ${heading(d)}`, ...lines].join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function page(docs: readonly DocumentResult[]): string {
  const body = docs
    .map((d) => `<section><h2>${escapeHtml(heading(d))}</h2>\n${annotate(d.text, d.analysis.entities).html}\n`
      + `<details><summary>entities</summary>${entityTable(d.analysis.entities).html}</details></section>`)
    .join('\n');
  return `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>gazette</title>`
    + `<style>body{max-width:50em;margin:2em auto;padding:0 1em}h2{font:600 1em system-ui,sans-serif;color:#555}</style></head>\n`
    + `<body>\n${body}\n</body></html>\n`;
}
