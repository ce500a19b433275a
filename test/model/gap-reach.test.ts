import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { gapRuns } from '../../src/model/gaps.js';
import { classifyGaps, unpackGapModel } from '../../src/model/gap-model.js';
import { personLexicon } from '../../src/finders/person.js';
// @ts-expect-error: a Node script without types
import { gapReach } from '../../scripts/gap-reach.mjs';

const gaps = { gapRuns, classifyGaps, unpackGapModel, personLexicon };

describe('scripts/gap-reach.mjs', () => {
  it('counts the runs no rule touches by what the gold says they are, and how often the classifier reads them right', () => {
    const text = "On l'a vu avec Ostermeier et Kvitová au festival de Brelvane, puis dans Les Échos du Nord.";
    const at = (s: string, type: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
    const docs = [{ text, entities: [at('Ostermeier', 'PER'), at('Kvitová', 'PER'), at('festival de Brelvane', 'MISC')] }];
    const { census, read } = gapReach({ docs, lib: library, gaps, model: library.defaultModel() });
    expect(census).toMatchObject({ PER: 2, other: 0, piece: 1 });
    expect(census.runs).toBe(census.PER + census.LOC + census.ORG + census.other + census.piece + census.none);
    // at 0.3 the shipped model reads at least one of them as a person, and every person it reads is
    // right; a higher level reads fewer, never more
    expect(read.PER[0].read).toBeGreaterThanOrEqual(1);
    expect(read.PER[0].right).toBe(read.PER[0].read);
    for (let k = 1; k < read.PER.length; k++) expect(read.PER[k].read).toBeLessThanOrEqual(read.PER[k - 1].read);
  });
});
