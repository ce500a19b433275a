import { TYPE_LABELS, describeValue } from './describe.js';
import { display, escapeHtml, escapeMarkdown, type Display } from './display.js';
import type { Entity } from './types.js';

/**
 * The entities as a table (type, text, normalized value, offsets), as HTML and Markdown; in a
 * Deno notebook a cell ending with it shows the table.
 * @example entityTable(extract('Nasser Bourita à Rabat')).markdown
 * // '| type | text | normalized | start–end |\n|---|---|---|---|\n| PER | Nasser Bourita | Nasser Bourita | 0–14 |\n…'
 */
export function entityTable(entities: readonly Entity[]): Display {
  if (!Array.isArray(entities)) throw new TypeError('gazette: entityTable(entities): entities must be an array, e.g. extract(text)');
  const rows = (entities as readonly Entity[]).map((e) => [TYPE_LABELS[e.type] ?? String(e.type), e.text, describeValue(e), `${e.start}–${e.end}`] as const);
  const head = ['type', 'text', 'normalized', 'start–end'];
  const cell = (tag: string) => (c: string) => `<${tag} style="text-align:left;padding:.15em .6em">${escapeHtml(c)}</${tag}>`;
  const html = `<table class="gazette-table"><thead><tr>${head.map(cell('th')).join('')}</tr></thead><tbody>`
    + rows.map((r) => `<tr>${r.map(cell('td')).join('')}</tr>`).join('')
    + '</tbody></table>';
  const md = (c: string) => escapeMarkdown(c).replace(/\r?\n/g, ' ');
  const markdown = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n') + '\n';
  return display(html, markdown);
}
