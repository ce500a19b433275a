import { TYPE_LABELS, describeValue } from './describe.js';
import { display, escapeHtml, escapeMarkdown, type Display } from './display.js';
import { ENTITY_TYPES, type Entity, type EntityType } from './types.js';

/** Background colours by type, light enough for black text (contrast ≥ 7:1). */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#ffd8a8',
  country: '#b2f2bb',
  organization: '#a5d8ff',
  location: '#e5dbff',
  date: '#ffec99',
};

type Span = Pick<Entity, 'type' | 'start' | 'end'> & Partial<Pick<Entity, 'text' | 'normalized'>>;

/**
 * The text with its entities highlighted by type, and a legend, as HTML and Markdown.
 * Everything from the input is escaped: a `<script>` in the article stays text. In a Deno
 * notebook a cell ending with it shows the highlighted article; `String(result)` is the HTML.
 * Entities must have offsets into this text; where two overlap, the first (then longest) is shown.
 * @example
 * const text = 'Nasser Bourita a reçu à Rabat son homologue espagnol.';
 * annotate(text, extract(text)).html
 * // '<div class="gazette-annotated" …><mark class="gazette-person" title="person: Nasser Bourita" …>Nasser Bourita<sup …>PER</sup></mark> a reçu à …'
 */
export function annotate(text: string, entities: readonly Span[]): Display {
  if (typeof text !== 'string') throw new TypeError('gazette: annotate(text, entities): text must be a string');
  const spans = checkSpans(text, entities);
  return display(toHtml(text, spans), toMarkdown(text, spans));
}

function checkSpans(text: string, entities: readonly Span[]): Span[] {
  if (!Array.isArray(entities)) throw new TypeError('gazette: annotate(text, entities): entities must be an array, e.g. extract(text)');
  for (const e of entities as readonly Span[]) {
    if (e === null || typeof e !== 'object' || !ENTITY_TYPES.includes(e.type)) {
      throw new TypeError(`gazette: annotate: not an entity: ${JSON.stringify(e)?.slice(0, 80)}`);
    }
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > text.length || e.start > e.end) {
      throw new RangeError(`gazette: annotate: offsets ${e.start}–${e.end} are outside the text (length ${text.length})`);
    }
    if (e.text !== undefined && text.slice(e.start, e.end) !== e.text) {
      throw new RangeError(`gazette: annotate: entity ${JSON.stringify(e.text)} at ${e.start}–${e.end} is not in this text (there: ${JSON.stringify(text.slice(e.start, e.end))})`);
    }
  }
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let end = 0;
  for (const e of sorted) {
    if (e.start < end || e.start === e.end) continue;
    kept.push(e);
    end = e.end;
  }
  return kept;
}

function legendCounts(spans: readonly Span[]): Array<[EntityType, number]> {
  const counts = new Map<EntityType, number>();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return ENTITY_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t) ?? 0]);
}

function toHtml(text: string, spans: readonly Span[]): string {
  const legend = legendCounts(spans)
    .map(([t, n]) => `<span class="gazette-key" style="background:${TYPE_COLORS[t]};padding:.1em .45em;border-radius:.3em;margin-right:.5em">${TYPE_LABELS[t]} ${t} · ${n}</span>`)
    .join('');
  let body = '';
  let at = 0;
  for (const s of spans) {
    body += escapeHtml(text.slice(at, s.start));
    const value = s.normalized ? describeValue(s as Pick<Entity, 'type' | 'normalized'>) : '';
    const title = escapeHtml(value ? `${s.type}: ${value}` : s.type);
    body += `<mark class="gazette-${s.type}" data-type="${s.type}" title="${title}" style="background:${TYPE_COLORS[s.type]};color:#111;padding:0 .15em;border-radius:.2em">`
      + `${escapeHtml(text.slice(s.start, s.end))}<sup style="font-size:.6em;font-weight:600;margin-left:.2em;color:#555">${TYPE_LABELS[s.type]}</sup></mark>`;
    at = s.end;
  }
  body += escapeHtml(text.slice(at));
  return `<div class="gazette-annotated" style="font-family:system-ui,sans-serif;line-height:1.8">`
    + `<div class="gazette-legend" style="margin-bottom:.8em;font-size:.9em">${legend || 'no entity'}</div>`
    + `<div class="gazette-text" style="white-space:pre-wrap">${body}</div></div>`;
}

function toMarkdown(text: string, spans: readonly Span[]): string {
  const legend = legendCounts(spans).map(([t, n]) => `\`${TYPE_LABELS[t]}\` ${t} (${n})`).join(' · ');
  let body = '';
  let at = 0;
  for (const s of spans) {
    body += escapeMarkdown(text.slice(at, s.start));
    body += `**${escapeMarkdown(text.slice(s.start, s.end))}**<sub>${TYPE_LABELS[s.type]}</sub>`;
    at = s.end;
  }
  body += escapeMarkdown(text.slice(at));
  // A single line break inside a paragraph would be joined to the next line: keep it.
  body = body.replace(/\r?\n(?!\r?\n)/g, '  \n');
  return `${legend || 'no entity'}\n\n${body}\n`;
}
