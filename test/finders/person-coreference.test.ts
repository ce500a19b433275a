import { describe, expect, it } from 'vitest';
import { buildPersonLexicon, createCoreferenceResolver, createExtractor, createPersonFinder, findPeople } from '../../src/index.js';

const names = (s: string) => findPeople(s).map((e) => [e.text, e.normalized.name]);

describe('coreference within a document', () => {
  it.each([
    ['Emmanuel Macron a reçu les syndicats. Macron a promis une loi.', [['Emmanuel Macron', 'Emmanuel Macron'], ['Macron', 'Emmanuel Macron']]],
    ['Jean-Yves Le Drian est à Beyrouth. M. Le Drian repart demain.', [['Jean-Yves Le Drian', 'Jean-Yves Le Drian'], ['Le Drian', 'Jean-Yves Le Drian']]],
    ['La junte juge Aung San Suu Kyi. Mme Suu Kyi nie tout.', [['Aung San Suu Kyi', 'Aung San Suu Kyi'], ['Suu Kyi', 'Aung San Suu Kyi']]],
    ['Luiz Inácio Lula da Silva est revenu. Lula a promis.', [['Luiz Inácio Lula da Silva', 'Luiz Inácio Lula da Silva'], ['Lula', 'Luiz Inácio Lula da Silva']]],
    ['Le PDG, Ferenc Krausz, a parlé. Krausz dirige l’institut.', [['Ferenc Krausz', 'Ferenc Krausz'], ['Krausz', 'Ferenc Krausz']]],
    ['Son président, Nasser al-Khelaïfi, exulte. M. al-Khelaïfi a dédié la victoire.', [['Nasser al-Khelaïfi', 'Nasser al-Khelaïfi'], ['al-Khelaïfi', 'Nasser al-Khelaïfi']]],
    ['Bachar al-Assad a répondu. Assad refuse.', [['Bachar al-Assad', 'Bachar al-Assad'], ['Assad', 'Bachar al-Assad']]],
    // initials of a name of the document
    ['Le prince Mohammed ben Salmane est venu. MBS a signé.', [['Mohammed ben Salmane', 'Mohammed ben Salmane'], ['MBS', 'Mohammed ben Salmane']]],
  ])('%s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it('leaves an ambiguous surname as written, unless the title tells the two apart', () => {
    expect(names('Marine Le Pen et Jean-Marie Le Pen. Le Pen a répondu.')[2]).toEqual(['Le Pen', 'Le Pen']);
    expect(names('Le Pen a répondu.')).toEqual([['Le Pen', 'Le Pen']]);
    const arnault = names('Bernard Arnault a confié Dior à Delphine Arnault. M. Arnault reste président ; Mme Arnault dirige.');
    expect(arnault.slice(2)).toEqual([['Arnault', 'Bernard Arnault'], ['Arnault', 'Delphine Arnault']]);
  });

  it('takes no mention from the first word of a name guessed by its shape', () => {
    // 'Rennes Métropole' reads like a name by its shape: 'RENNES' and 'Rennes' are not mentions of it
    const people = createExtractor({ model: null }).extract('RENNES (Ille-et-Vilaine). Le budget de Rennes Métropole et de Rennes augmente.').filter((e) => e.type === 'person');
    expect(people.map((e) => e.text)).not.toContain('RENNES');
    expect(people.map((e) => e.text)).not.toContain('Rennes');
  });

  it('takes a lone surname for the one well-known person who bears it', () => {
    expect(names('Les familles Pinault et Arnault se disputent le luxe.')).toEqual([['Pinault', 'François Pinault'], ['Arnault', 'Bernard Arnault']]);
    expect(names('Le cardinal Mercier a béni la foule.')).toEqual([['Mercier', 'Mercier']]);
  });

  it('keeps the title and the role of the mention', () => {
    const [, m] = findPeople('Emmanuel Macron a parlé. Puis M. Macron, président de la République, est parti.');
    expect(m?.normalized).toMatchObject({ name: 'Emmanuel Macron', title: 'M.', role: 'président de la République' });
  });

  it('uses the people table it is given', () => {
    const lex = buildPersonLexicon(['Ada'], [{ name: 'Ada Lovelace', familyName: 'Lovelace' }]);
    const extractor = createExtractor({ finders: [createPersonFinder(lex)], resolvers: [createCoreferenceResolver(lex)] });
    expect(extractor.extract('Lovelace a écrit le premier programme.').map((e) => e.normalized)).toEqual([{ name: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace' }]);
  });
});
