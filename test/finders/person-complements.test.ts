import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const rules = createExtractor({ model: null });
const found = (s: string) => rules.extract(s).map((e) => [e.type, e.text]);

describe("a role's complement is no person", () => {
  it.each([
    // a role noun + de + a capitalised word: the place or the body the role belongs to
    ["Le maire d'Hillion a répondu aux questions.", [['location', 'Hillion']]],
    ['Le maire de Lyon et le préfet de Bretagne.', [['location', 'Lyon'], ['location', 'Bretagne']]],
    ["Le PDG d'Arianespace a démissionné.", [['organization', 'Arianespace']]],
    ['Le PDG de Technoplus a démissionné.', [['organization', 'Technoplus']]],
    // a saint's name is no compound first name
    ['Le président de Saint-Brieuc Agglomération a parlé.', [['organization', 'Saint-Brieuc Agglomération']]],
    // a person's name does not swallow the organisation after it
    ['Michel Therrien des Canadiens de Montréal a parlé.', [['person', 'Michel Therrien'], ['organization', 'Canadiens de Montréal']]],
  ])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
