import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';
import { segments, shapeHash, tokenTable } from '../../src/model/features.js';
import { goldLabels, UNKNOWN } from '../../src/model/gold.js';
import { LABELS } from '../../src/model/labels.js';

const labelsOf = (text: string, entities: Array<{ start: number; end: number; type: string }>, unknown?: Array<{ start: number; end: number }>) => {
  const doc = prepare(text);
  const labels = goldLabels(doc, entities, unknown);
  return doc.tokens.map((t, i) => `${t.text}/${labels[i] === UNKNOWN ? '?' : LABELS[labels[i]!]}`);
};
const span = (text: string, surface: string, type: string) => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, type });

describe('gold labels', () => {
  it('labels tokens BIO; a country by name is a place, a demonym and a date are no name to the model', () => {
    const text = "Thor Hushovd a quitté la France, pays voisin, l'an dernier.";
    expect(labelsOf(text, [span(text, 'Thor Hushovd', 'PER'), span(text, 'France', 'CTRY'), span(text, "an dernier", 'DATE')])).toEqual([
      'Thor/B-PER', 'Hushovd/I-PER', 'a/O', 'quitté/O', 'la/O', 'France/B-LOC', ',/O', 'pays/O', 'voisin/O', ',/O', "l'/O", 'an/O', 'dernier/O', './O',
    ]);
  });

  it('leaves open the stretches silver data does not know', () => {
    const text = 'Il a rencontré Zorvexa à Lyon.';
    expect(labelsOf(text, [span(text, 'Lyon', 'LOC')], [{ start: 15, end: 22 }])).toEqual(['Il/O', 'a/O', 'rencontré/O', 'Zorvexa/?', 'à/O', 'Lyon/B-LOC', './O']);
  });
});

describe('features', () => {
  it('gives words of one shape one shape hash', () => {
    expect(shapeHash('Macron')).toBe(shapeHash('Bourita'));
    expect(shapeHash('OTAN')).toBe(shapeHash('ONU'));
    expect(shapeHash('OTAN')).not.toBe(shapeHash('Otan'));
    expect(shapeHash('États-Unis')).toBe(shapeHash('Jean-Yves'));
  });

  it('tags only the stretches near a capital (not the first word) or a candidate of a name', () => {
    const doc = prepare('Il a plu toute la journée sur la ville et les champs du pays de Caux.');
    const table = tokenTable(doc, [], new Map());
    const s = doc.sentences[0]!;
    const stretches = segments(doc.tokens, table, s.first, s.last).map(([a, b]) => doc.tokens.slice(a, b).map((t) => t.text).join(' '));
    expect(stretches).toEqual(['du pays de Caux .']);
  });
});
