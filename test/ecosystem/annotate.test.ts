import { describe, expect, it } from 'vitest';
import { annotate, entityTable, escapeMarkdown, extract, type Entity } from '../../src/index.js';

const JUPYTER = Symbol.for('Jupyter.display');
const person = (text: string, start: number, name = text): Entity =>
  ({ type: 'person', text, start, end: start + text.length, score: 1, source: 'test', normalized: { name } });

describe('annotate', () => {
  const text = 'Nasser Bourita a reçu à Rabat son homologue espagnol.';
  const out = annotate(text, extract(text));

  it('highlights every entity by type, with a legend', () => {
    expect(out.html).toContain('<mark class="gazette-person" data-type="person" title="person: Nasser Bourita"');
    expect(out.html).toMatch(/<mark class="gazette-location"[^>]*>Rabat<sup[^>]*>LOC<\/sup><\/mark>/);
    expect(out.html).toMatch(/<mark class="gazette-country"[^>]*title="country: ES Espagne \(demonym\)"[^>]*>espagnol</);
    expect(out.html).toContain('PER person · 1');
    expect(out.markdown).toContain('**Nasser Bourita**<sub>PER</sub> a reçu à **Rabat**<sub>LOC</sub>');
    expect(out.markdown.split('\n')[0]).toBe('`PER` person (1) · `CTRY` country (1) · `LOC` location (1)');
  });

  it('renders in a Deno notebook by itself, and as HTML in a string', () => {
    const shown = (out as unknown as Record<symbol, () => unknown>)[JUPYTER]?.();
    expect(shown).toEqual({ 'text/html': out.html, 'text/markdown': out.markdown });
    expect(String(out)).toBe(out.html);
    expect(`${out}`).toBe(out.html);
  });

  it('keeps every character of the text, in order, outside the markup', () => {
    const visible = out.html.replace(/<sup[^>]*>[A-Z]+<\/sup>/g, '').replace(/<div class="gazette-legend".*?<\/div>/, '').replace(/<[^>]+>/g, '');
    expect(visible).toBe(text);
  });

  it.each([
    ['a <script> in the text', 'Le <script>alert("x")</script> de Rabat.'],
    ['an <img onerror> in the text', 'À Rabat <img src=x onerror="alert(1)"> hier.'],
    ['quotes and ampersands', `L'"Élysée" & 'Rabat' <b>`],
  ])('escapes %s', (_, input) => {
    const a = annotate(input, extract(input));
    expect(a.html).not.toMatch(/<script|<img|<b>/);
    expect(a.markdown).not.toMatch(/<script|<img|<b>/);
    expect(a.html).toContain('&lt;');
  });

  it('escapes quotes and markup inside entity text and tooltips', () => {
    const input = 'Le "<img src=x onerror=alert(1)>" a parlé.';
    const start = input.indexOf('"');
    const evil = person(input.slice(start, start + 33), start, '"><script>alert(1)</script>');
    const a = annotate(input, [evil]);
    expect(a.html).not.toMatch(/<script|<img/);
    expect(a.html).toContain('title="person: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(a.html).toContain('&quot;&lt;img src=x onerror=alert(1)&gt;&quot;');
  });

  it('shows the first and longest of overlapping entities once', () => {
    const a = annotate('Jean-Yves Le Drian', [person('Le Drian', 10), person('Jean-Yves Le Drian', 0), person('Jean-Yves', 0)]);
    expect(a.html.match(/<mark/g)).toHaveLength(1);
    expect(a.html).toContain('>Jean-Yves Le Drian<sup');
  });

  it('says when there is no entity', () => {
    expect(annotate('Rien ici.', []).markdown).toBe('no entity\n\nRien ici.\n');
  });

  it('refuses entities of another text, with a gazette: error', () => {
    expect(() => annotate('Rabat', [person('Bourita', 0)])).toThrow(/^gazette: annotate: (offsets|entity)/);
    expect(() => annotate('Nasser Bourita', [person('Bourita', 0)])).toThrow(/is not in this text/);
    expect(() => annotate('Rabat', 'x' as unknown as Entity[])).toThrow(TypeError);
    expect(() => annotate(null as unknown as string, [])).toThrow(/^gazette:/);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*Le Monde* [archives]', '\\*Le Monde\\* \\[archives\\]'],
    ['# Titre\n- liste\n1. point', '\\# Titre\n\\- liste\n1\\. point'],
    ['a | b ~ c _d_ `e`', 'a \\| b \\~ c \\_d\\_ \\`e\\`'],
    ['<b>&', '&lt;b&gt;&amp;'],
    ['Jean-Yves, 12.5 %', 'Jean-Yves, 12.5 %'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('entityTable', () => {
  it('is a table of type, text, value and offsets, in HTML and Markdown', () => {
    const t = entityTable(extract('Nasser Bourita a reçu le 11 mai prochain à Marrakech.', { referenceDate: '2022-04' }));
    expect(t.markdown.split('\n').slice(0, 4)).toEqual([
      '| type | text | normalized | start–end |',
      '|---|---|---|---|',
      '| PER | Nasser Bourita | Nasser Bourita | 0–14 |',
      '| DATE | 11 mai prochain | 2022-05-11 (day, relative) | 25–40 |',
    ]);
    expect(t.html).toContain('<td style="text-align:left;padding:.15em .6em">Marrakech, MA city</td>');
  });
});
