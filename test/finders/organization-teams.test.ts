import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const rules = createExtractor({ model: null });
const orgs = (s: string) => rules.extract(s).filter((e) => e.type === 'organization').map((e) => [e.text, e.source]);

describe('teams named by a nickname and their town', () => {
  it.each([
    ['Il a joué trois saisons avec les Remparts de Québec.', [['Remparts de Québec', 'organization/team']]],
    ['Repêché par les Knights de London, il rejoint ensuite les Whalers de Détroit.', [['Knights de London', 'organization/team'], ['Whalers de Détroit', 'organization/team']]],
    ['Le match oppose les Wolverines du Michigan aux Buckeyes de l’Ohio.', [['Wolverines du Michigan', 'organization/team'], ['Buckeyes de l’Ohio', 'organization/team']]],
  ])('%s', (input, expected) => {
    expect(orgs(input)).toEqual(expected);
  });

  it.each([
    // the same shape for a people, a faith or an event, even in a text about sport
    'Après le match, les Kurdes de Syrie ont manifesté.',
    'Après la saison, les Inuits du Québec ont fêté.',
    'Il est demi-finaliste des Championnats d’Europe de tennis de table.',
    // a coach's name after 'de', not a town
    'Les Bleus de Didier Deschamps affronteront l’Espagne en Ligue des nations.',
    // no word of sport in the text
    'Les Amis de Dupont se réunissent jeudi.',
  ])('no team in: %s', (input) => {
    expect(orgs(input).filter(([, source]) => source === 'organization/team')).toEqual([]);
  });
});
