import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/index.js';
import { FEATURE_SLOTS, sentenceFeatures, tokenTable } from '../../src/model/features.js';
import type { Token } from '../../src/text/tokenize.js';

// The tagger reads the runs of capitals only around the stretches it tags (capitalRunsOver): this
// holds them, read from any token, to one scan of the whole document as it was made before.

const JOINERS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'al', 'el', 'ben', 'bin']);

/** The runs of a whole document, by one scan from its first token (the tagger's code before it read them lazily). */
function wholeScan(tokens: readonly Token[]): number[] {
  const run = tokens.map(() => 0);
  const isCap = (t: Token | undefined) => !!t && t.cap && (t.kind === 'word' || t.kind === 'number');
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (isCap(tokens[j]) && !tokens[j]!.sentenceStart) j++;
      else if (tokens[j] && JOINERS.has(tokens[j]!.key) && isCap(tokens[j + 1])) j += 2;
      else if (tokens[j] && JOINERS.has(tokens[j]!.key) && JOINERS.has(tokens[j + 1]?.key ?? '') && isCap(tokens[j + 2])) j += 3;
      else break;
    }
    for (let k = i; k < j; k++) run[k] = Math.min(j - i, 4) * 8 + (j - i === 1 ? 1 : k === i ? 2 : k === j - 1 ? 4 : 3);
    i = j;
  }
  return run;
}

const TEXTS = [
  'Dans la Banque de France, Ursula von der Leyen a vu Mohammed ben Salmane et le G7 de 2022.',
  'Le Monde\nLe Figaro de la Ville de Paris Saint Germain La Défense Le Le Le Havre.',
  "De la Tour du Pin, l'OTAN, la Banque Centrale Européenne de Francfort et des Nations unies : Jean de La Fontaine.",
  'Il a plu toute la journée sur la ville et les champs du pays de Caux. Le 3 Mai 1968 De De De Gaulle.',
];

describe('runs of capitals read around a stretch', () => {
  it.each(TEXTS)('are those of the whole scan from every token: %s', (text) => {
    const doc = prepare(text);
    const expected = wholeScan(doc.tokens);
    const out = new Int32Array(FEATURE_SLOTS);
    for (const s of doc.sentences) {
      for (let i = s.first; i < s.last; i++) {
        const table = tokenTable(doc, [], new Map());
        sentenceFeatures(table, s.first, s.last, out, false, i, i + 1);
        expect(table.run[i], `token ${i} '${doc.tokens[i]!.text}'`).toBe(expected[i]);
        // Whatever else it read, it read as the whole scan.
        table.run.forEach((r, k) => {
          if (r !== 0) expect(r, `token ${k}`).toBe(expected[k]);
        });
      }
    }
    // Stretches read in turn, then again backwards, into one table.
    const table = tokenTable(doc, [], new Map());
    const order = doc.sentences.flatMap((s) => [...Array(s.last - s.first).keys()].map((k) => [s, s.first + k] as const));
    for (const [s, i] of [...order, ...order.reverse()]) sentenceFeatures(table, s.first, s.last, out, false, i, i + 1);
    expect([...table.run]).toEqual(expected);
    expect(expected.some((r) => r > 24)).toBe(true);
  });
});
