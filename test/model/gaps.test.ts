import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';
import type { Entity } from '../../src/index.js';
import { classifyGaps, unpackGapModel } from '../../src/model/gap-model.js';
import { gapExamples, trainGaps } from '../../src/model/gap-train.js';
import { gapRuns } from '../../src/model/gaps.js';
import { combine } from '../../src/model/combine.js';
import type { ModelSpan, Tagging } from '../../src/model/tagger.js';
import { LABEL_COUNT } from '../../src/model/labels.js';
import { names } from './synthetic.js';

const runs = (text: string, candidates: Entity[] = []) => gapRuns(prepare(text), candidates).map((r) => text.slice(r.start, r.end));

function candidate(text: string, surface: string, type: Entity['type'], score = 0.9): Entity {
  const start = text.indexOf(surface);
  return { type, text: surface, start, end: start + surface.length, score, source: 'test', normalized: { name: surface } } as Entity;
}

describe('the gaps the rules leave', () => {
  it.each([
    ['Les épisodes ont été collectés par Shōgakukan.', ['Shōgakukan']],
    // small words join the capitals of one name
    ["Au Canada, ils sont représentés par l'Inuit Tapiriit Kanatami.", ['Canada', 'Inuit Tapiriit Kanatami']],
    ['Il a gagné trois étapes du Tour de Berlin.', ['Tour de Berlin']],
    // a capital that opens a sentence says nothing
    ['Racine écrit pour le roi. Plus tard, Boileau le défend.', ['Boileau']],
    // a title in quotes is no name
    ['Il joue dans « Mario Kart » et dans " Sonic ".', []],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('leaves out the words a candidate holds, and the pieces of a name the rules cut', () => {
    const text = 'Le poste du CSKA Sofia lui est proposé par Zenbyte.';
    expect(runs(text, [candidate(text, 'Sofia', 'location')])).toEqual(['Zenbyte']);
    // a date or a demonym holds its words too
    const dated = 'Le contrat court jusqu’en Mai, dit Kvitová.';
    expect(runs(dated, [candidate(dated, 'Mai', 'date')])).toEqual(['Kvitová']);
  });
});

// Invented names in the contexts that tell their type; a name's context alone must teach the classifier.
const CONTEXTS: Array<[string, 'PER' | 'LOC' | 'ORG' | null]> = [
  ['Elle a longuement parlé avec {} hier.', 'PER'],
  ['Le contrat a été signé par {} ce matin.', 'PER'],
  ['Ils ont déménagé pour {} en juin.', 'LOC'],
  ['Le train arrive en gare de {} ce soir.', 'LOC'],
  ['Le jeu est sorti sur {} en 1998.', null],
];

function documents(seed: number, count: number) {
  const pool = names(seed, count);
  return pool.map((name, i) => {
    const [template, type] = CONTEXTS[i % CONTEXTS.length]!;
    const text = template.replace('{}', name);
    const start = template.indexOf('{}');
    return { doc: prepare(text), candidates: [] as Entity[], gold: { text, entities: type ? [{ start, end: start + name.length, type }] : [] } };
  });
}

describe('the gap classifier', () => {
  const givenNames = new Map<string, number>();
  const model = trainGaps(documents(1, 150), givenNames, { epochs: 5, seed: 3, bits: 10 });

  it('labels each run with its gold type, or O', () => {
    const { labels, count } = gapExamples(documents(1, 5), givenNames);
    expect(count).toBe(5);
    expect([...labels]).toEqual([1, 1, 2, 2, 0]);
  });

  it('reads names it never saw from the words around them, deterministically', () => {
    const runtime = unpackGapModel(JSON.parse(JSON.stringify(model)));
    const read = (text: string) => classifyGaps(prepare(text), [], runtime, givenNames).map((m) => [m.type, text.slice(m.start, m.end)]);
    expect(read('Elle a longuement parlé avec Theonakul hier.')).toEqual([['PER', 'Theonakul']]);
    expect(read('Ils ont déménagé pour Dalvusim en juin.')).toEqual([['LOC', 'Dalvusim']]);
    expect(read('Le jeu est sorti sur Garpexlo en 1998.')).toEqual([]);
    expect(JSON.stringify(trainGaps(documents(1, 150), givenNames, { epochs: 5, seed: 3, bits: 10 }))).toBe(JSON.stringify(model));
  });

  it('refuses a file that is not a gap classifier', () => {
    expect(() => unpackGapModel(null)).toThrow(/^gazette: model gaps must be an object/);
    expect(() => unpackGapModel({ ...model, labels: ['O', 'PER'] })).toThrow(/labels must be O PER LOC ORG/);
    expect(() => unpackGapModel({ ...model, weights: model.weights.slice(1) })).toThrow(/weights must hold/);
    expect(() => unpackGapModel({ ...model, weights: '!' + model.weights.slice(1) })).toThrow(/out of range/);
  });
});

describe('adding the gap classifier’s names', () => {
  const text = 'Il a parlé avec Theonakul puis il est parti pour Dalvusim.';
  const doc = prepare(text);
  const span = (surface: string, type: ModelSpan['type'], confidence: number): ModelSpan => {
    const start = text.indexOf(surface);
    return { type, start, end: start + surface.length, first: 0, last: 0, margin: 1, confidence };
  };
  const n = doc.tokens.length;
  const tagging: Tagging = {
    labels: new Uint8Array(n), emit: new Float64Array(n * LABEL_COUNT), sentenceFirst: new Int32Array(n), sentenceEnd: new Int32Array(n).fill(n),
    spans: [], transitions: new Float64Array(LABEL_COUNT * LABEL_COUNT), start: new Float64Array(LABEL_COUNT), spanScale: 1,
    gaps: [span('Theonakul', 'PER', 0.6), span('Dalvusim', 'LOC', 0.3)],
  };
  const kept = (options: Parameters<typeof combine>[3]) => combine([], tagging, doc, options).map((e) => [e.type, e.text, e.source]);

  it('adds the names of the types it is allowed, as sure as it must be', () => {
    expect(kept({ gaps: { PER: 0.5, LOC: 0.2 } })).toEqual([['person', 'Theonakul', 'model/gaps'], ['location', 'Dalvusim', 'model/gaps']]);
    expect(kept({ gaps: { PER: 0.5, LOC: 0.4 } })).toEqual([['person', 'Theonakul', 'model/gaps']]);
    expect(kept({ gaps: { LOC: 0.2 } })).toEqual([['location', 'Dalvusim', 'model/gaps']]);
    expect(kept({ gaps: false })).toEqual([]);
  });
});
