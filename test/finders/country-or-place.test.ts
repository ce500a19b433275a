import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

// The rules alone: these are the finders' decisions, whatever the model adds.
const rules = createExtractor({ model: null });
const found = (s: string) =>
  rules.extract(s).filter((e) => e.type === 'country' || e.type === 'location').map((e) => [e.type, e.text, e.type === 'country' ? e.normalized.form : e.normalized.name]);

describe('a country name or a demonym', () => {
  it.each([
    // after a place preposition, 'Suisse' is the country, even before a capitalised word that opens a new phrase
    ['Les menées nazistes en Suisse Notre correspondant de Berne nous écrit.', [['country', 'Suisse', 'name'], ['location', 'Berne', 'Berne']]],
    ['Il est rentré en Suisse hier.', [['country', 'Suisse', 'name']]],
    ['le rôle de la Suisse dans la négociation', [['country', 'Suisse', 'name']]],
    ['Elle vit au Suisse Hôtel', []],
    // a person's demonym: a determiner before, or a name after
    ['le Suisse Roger Federer a gagné', [['country', 'Suisse', 'demonym']]],
    ['la Suisse Martina Hingis a gagné', [['country', 'Suisse', 'demonym']]],
  ])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('a square or a country', () => {
  it.each([
    // a lower-case head before a country's name is a common noun: the country wins
    ['Il en va de la place de la Suisse (et de la France) dans le plan.', [['country', 'Suisse', 'name'], ['country', 'France', 'name']]],
    ['Il a pris la place de la France au classement.', [['country', 'France', 'name']]],
    // a capitalised head, or a name that is no country, stays a place
    ['La manifestation partira de la Place de la Suisse.', [['location', 'Place de la Suisse', 'Place de la Suisse']]],
    ['Ils ont défilé place de la République.', [['location', 'place de la République', 'place de la République']]],
    // seas and gulfs named after a country keep their name
    ['dans le golfe du Mexique', [['location', 'golfe du Mexique', 'Golfe du Mexique']]],
  ])('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
