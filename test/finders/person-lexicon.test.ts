import { describe, expect, it } from 'vitest';
import { buildPersonLexicon, createPersonFinder, personLexicon, prepare } from '../../src/index.js';
import { genderOf } from '../../src/finders/person/lexicon.js';

const ctx = { reference: null, drop: () => {} };
const find = (lex: ReturnType<typeof buildPersonLexicon>, text: string) => createPersonFinder(lex).find(prepare(text), ctx).map((e) => e.text);

describe('the person lexicon', () => {
  it('is a parameter: the finder knows the first names it is given', () => {
    const lex = buildPersonLexicon(['Nasser'], [], { demonyms: ['marocain'] });
    // 'Nasser' is known, 'Ignatius' is not: 'Ignatius Reilly' is read by its shape, at a lower score.
    const found = createPersonFinder(lex).find(prepare('Nasser Bourita a vu Ignatius Reilly.'), ctx).map((e) => [e.text, e.source]);
    expect(found).toEqual([['Nasser Bourita', 'person/given-name'], ['Ignatius Reilly', 'person/shape']]);
    expect(find(buildPersonLexicon([]), 'Nasser Bourita a vu le roi.')).toEqual(['Nasser Bourita']);
  });

  it('reads compound first names from their parts', () => {
    const lex = buildPersonLexicon(['Jean', ['Yves', 2]]);
    expect(find(lex, 'Jean-Yves Kerdraon a parlé.')).toEqual(['Jean-Yves Kerdraon']);
  });

  it('knows people by full name, by alias, and by family name when one person bears it', () => {
    const lex = buildPersonLexicon([], [{ name: 'Luiz Inácio Lula da Silva', familyName: 'Lula da Silva', aliases: ['Lula'] }, { name: 'Marine Le Pen', familyName: 'Le Pen' }, { name: 'Jean-Marie Le Pen', familyName: 'Le Pen' }]);
    expect(lex.people.get('lula')?.name).toBe('Luiz Inácio Lula da Silva');
    expect(lex.surnames.get('le pen')?.map((p) => p.name)).toEqual(['Marine Le Pen', 'Jean-Marie Le Pen']);
    expect(lex.people.get('marine le pen')?.givenName).toBe('Marine');
  });

  it('does not use a frequent first name or a very short word as a family name alone', () => {
    const lex = buildPersonLexicon([['Michel', 3]], [{ name: 'Charles Michel', familyName: 'Michel' }, { name: 'Li Qiang', familyName: 'Li' }]);
    expect(lex.surnames.has('michel')).toBe(false);
    expect(lex.surnames.has('li')).toBe(false);
  });

  it('tells the sex a first name is mostly given to, when it can', () => {
    const lex = personLexicon();
    expect(genderOf(lex, 'Bernard')).toBe('m');
    expect(genderOf(lex, 'Delphine')).toBe('f');
    expect(genderOf(lex, 'Pierre')).toBe('m'); // ends like a woman's name, listed as a man's
    expect(genderOf(lex, 'Sarah')).toBe('f');
    expect(genderOf(lex, 'Jean-Marie')).toBe('m');
    expect(genderOf(lex, 'Dominique')).toBeUndefined(); // given to both
    expect(genderOf(lex, 'Xqzw')).toBeUndefined();
  });

  it('unpacks the built-in tables once, with their first names, people, demonyms and names that are not people', () => {
    const lex = personLexicon();
    expect(personLexicon()).toBe(lex);
    expect(lex.givenNames.get('emmanuel')).toBe(3);
    expect(lex.givenNames.get('volodymyr')).toBe(3); // international first names listed by hand
    expect(lex.people.get('emmanuel macron')?.name).toBe('Emmanuel Macron');
    expect(lex.demonyms.has('georgien')).toBe(true);
    expect(lex.demonyms.has('neo zelandaises')).toBe(true);
    expect(lex.notPeople.has('louis vuitton')).toBe(true);
  });
});
