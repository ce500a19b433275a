import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';
import type { Entity } from '../../src/index.js';
import { combine, type CombineOptions } from '../../src/model/combine.js';
import { LABEL_COUNT, LABELS } from '../../src/model/labels.js';
import type { ModelSpan, Tagging } from '../../src/model/tagger.js';

// The combination rules on hand-made readings: the model's labels are given per word, each read
// with a score of 10 over the other labels (so the model is sure of what it reads).
function reading(text: string, labelled: Record<string, (typeof LABELS)[number]>): { doc: ReturnType<typeof prepare>; tagging: Tagging } {
  const doc = prepare(text);
  const n = doc.tokens.length;
  const labels = new Uint8Array(n);
  doc.tokens.forEach((t, i) => (labels[i] = LABELS.indexOf(labelled[t.text] ?? 'O')));
  const emit = new Float64Array(n * LABEL_COUNT);
  labels.forEach((l, i) => (emit[i * LABEL_COUNT + l] = 10));
  const sentenceFirst = new Int32Array(n);
  const sentenceEnd = new Int32Array(n);
  for (const s of doc.sentences) for (let i = s.first; i < s.last; i++) [sentenceFirst[i], sentenceEnd[i]] = [s.first, s.last];
  const spans: ModelSpan[] = [];
  for (let i = 0; i < n; i++) {
    const l = LABELS[labels[i]!]!;
    if (!l.startsWith('B-')) continue;
    let j = i + 1;
    while (j < n && LABELS[labels[j]!] === `I-${l.slice(2)}`) j++;
    spans.push({ type: l.slice(2) as ModelSpan['type'], start: doc.tokens[i]!.start, end: doc.tokens[j - 1]!.end, first: i, last: j, margin: 10, confidence: 0.5 });
  }
  return { doc, tagging: { labels, emit, sentenceFirst, sentenceEnd, spans, transitions: new Float64Array(LABEL_COUNT * LABEL_COUNT), start: new Float64Array(LABEL_COUNT), spanScale: 10 } };
}

function candidate(text: string, surface: string, type: Entity['type'], score: number, source: string, normalized: object = { name: surface }): Entity {
  const start = text.indexOf(surface);
  return { type, text: surface, start, end: start + surface.length, score, source, normalized } as Entity;
}

const run = (text: string, candidates: Entity[], labelled: Record<string, (typeof LABELS)[number]>, options?: CombineOptions) => {
  const { doc, tagging } = reading(text, labelled);
  const dropped: string[] = [];
  const out = combine(candidates, tagging, doc, options, (reason, loser) => dropped.push(`${loser.text}: ${reason}`));
  return { kept: out.map((e) => [e.type, e.text, e.source]), dropped };
};

describe('combining the rules and the model', () => {
  it('keeps a sure rule candidate where the model reads no name', () => {
    const text = 'Il est arrivé à Marrakech.';
    expect(run(text, [candidate(text, 'Marrakech', 'location', 0.9, 'location/gazetteer')], {}).kept).toEqual([['location', 'Marrakech', 'location/gazetteer']]);
  });

  it('keeps a weak candidate the model reads the same, and says so', () => {
    const text = 'Le ministre Tajani est venu.';
    expect(run(text, [candidate(text, 'Tajani', 'person', 0.75, 'person/role')], { Tajani: 'B-PER' }).kept).toEqual([['person', 'Tajani', 'person/role+model']]);
  });

  it('vetoes a weak candidate where the model reads no name, unless told not to', () => {
    const text = 'Le président Directeur a parlé.';
    const guess = candidate(text, 'Directeur', 'person', 0.75, 'person/role');
    const vetoed = run(text, [guess], {});
    expect(vetoed.kept).toEqual([]);
    expect(vetoed.dropped).toEqual(['Directeur: vetoed by the model: it reads no name here']);
    expect(run(text, [guess], {}, { veto: false }).kept).toEqual([['person', 'Directeur', 'person/role']]);
  });

  it('never vetoes a place found by its cue', () => {
    const text = 'Les habitants de Hillion ont protesté.';
    expect(run(text, [candidate(text, 'Hillion', 'location', 0.6, 'location/context')], {}).kept).toEqual([['location', 'Hillion', 'location/context']]);
  });

  it('fills a gap with a name no rule found', () => {
    const text = 'Il a battu Thor Hushovd au sprint.';
    const { doc, tagging } = reading(text, { Thor: 'B-PER', Hushovd: 'I-PER' });
    expect(combine([], tagging, doc)).toEqual([
      { type: 'person', text: 'Thor Hushovd', start: 11, end: 23, score: 0.55, source: 'model/perceptron', normalized: { name: 'Thor Hushovd' } },
    ]);
  });

  it('adds only the types and confidences the options allow', () => {
    const text = 'La société Zenbyte a recruté Thor Hushovd.';
    const labelled = { Zenbyte: 'B-ORG', Thor: 'B-PER', Hushovd: 'I-PER' } as const;
    expect(run(text, [], labelled, { fill: { PER: 0.3 } }).kept).toEqual([['person', 'Thor Hushovd', 'model/perceptron']]);
    expect(run(text, [], labelled, { fill: { PER: 0.6, ORG: 0.3 } }).kept).toEqual([['organization', 'Zenbyte', 'model/perceptron']]);
    expect(run(text, [], labelled, { fill: false }).kept).toEqual([]);
  });

  it('gives way to a sure candidate over the same words', () => {
    const text = 'La Banque de France a relevé ses taux.';
    const sure = candidate(text, 'Banque de France', 'organization', 0.92, 'organization/lexicon');
    const { kept, dropped } = run(text, [sure], { France: 'B-LOC' }, { fill: { LOC: 0.1 } });
    expect(kept).toEqual([['organization', 'Banque de France', 'organization/lexicon']]);
    expect(dropped).toEqual([]);
  });

  it('replaces a weak candidate with its own different reading', () => {
    const text = 'Il travaille chez Discovery Communications depuis un an.';
    const weak = candidate(text, 'Discovery Communications', 'location', 0.6, 'location/context');
    expect(run(text, [weak], { Discovery: 'B-ORG', Communications: 'I-ORG' }).kept).toEqual([['organization', 'Discovery Communications', 'model/perceptron']]);
  });

  it('replaces a weak candidate without adding names of its own, when told so', () => {
    const text = 'Il travaille chez Discovery Communications depuis un an.';
    const weak = candidate(text, 'Discovery Communications', 'location', 0.6, 'location/context');
    const labelled = { Discovery: 'B-ORG', Communications: 'I-ORG' } as const;
    expect(run(text, [weak], labelled, { fill: false, replace: { ORG: 0.3 } }).kept).toEqual([['organization', 'Discovery Communications', 'model/perceptron']]);
    expect(run(text, [weak], labelled, { fill: false }).kept).toEqual([['location', 'Discovery Communications', 'location/context']]);
    expect(run('La société Zenbyte a recruté.', [], { Zenbyte: 'B-ORG' }, { fill: false, replace: { ORG: 0.3 } }).kept).toEqual([]);
  });

  it('never touches dates and demonyms, which it does not read', () => {
    const text = 'Le ministre marocain viendra Mardi.';
    const date = candidate(text, 'Mardi', 'date', 0.6, 'date/calendar', { value: null, granularity: 'day', relative: true });
    const demonym = candidate(text, 'marocain', 'country', 0.6, 'country/demonym', { code: 'MA', alpha3: 'MAR', name: 'Maroc', form: 'demonym' });
    expect(run(text, [date, demonym], { Mardi: 'B-PER' }).kept).toEqual([
      ['date', 'Mardi', 'date/calendar'],
      ['country', 'marocain', 'country/demonym'],
    ]);
  });
});
