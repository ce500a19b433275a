import { describe, expect, it } from 'vitest';
import { buildCountryGazetteer, createCountryFinder, createExtractor, findCountries } from '../../src/index.js';
import { afterParenthesis } from '../../src/finders/results-codes.js';
import { prepare } from '../../src/text/document.js';

const codes = (s: string) => findCountries(s).map((e) => [e.text, e.normalized.code, e.normalized.form, e.source]);
const code = (text: string, iso: string) => [text, iso, 'name', 'country/results-code'];

describe('country abbreviations of sports results', () => {
  it.each([
    // a ranking: rank, name, abbreviation in parentheses (also before a comma and a bonus)
    ['1. Guidi (It, bonif. 12"). 2. van Petegem (Be). 3. Olano (Esp)', [code('It', 'IT'), code('Be', 'BE'), code('Esp', 'ES')]],
    ['5. M. Zberg (S). 6. Hvastija (Slo). 9. L. Jalabert (Fr) à 41".', [code('S', 'CH'), code('Slo', 'SI'), code('Fr', 'FR')]],
    ['4. Armstrong (EU) à 30". 9. Knaven (Ho) à 53".', [code('EU', 'US'), code('Ho', 'NL')]],
    // a list of athletes, without ranks
    ['Vingegaard (Dan) devance Pogacar (Slo) et Evenepoel (Bel).', [code('Dan', 'DK'), code('Slo', 'SI'), code('Bel', 'BE')]],
    // a first and a family name, or a well-known athlete: one pair is enough
    ['Kylian Mbappé (FRA) a marqué deux fois.', [code('FRA', 'FR')]],
    ['Léon Marchand (FRA) et David Popovici (ROU) en finale.', [code('FRA', 'FR'), code('ROU', 'RO')]],
    ['Pogacar (Slo) a attaqué dans le dernier col.', [code('Slo', 'SI')]],
    ['la victoire de Florian Wellbrock (GER)', [code('GER', 'DE')]],
  ])('%s', (input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it.each([
    // a party, a union, an acronym: not in the table of results codes
    'Jean Dupont (PS) et Marie Durand (LR) ont voté contre.',
    // one letter needs a ranking: in Swiss politics '(S)' is a socialist
    'M. Dupont (S) et M. Durand (S) ont voté le texte.',
    // no name before the parentheses
    'la hausse des prix (It) reste forte',
    // lower case after the name: an ordinary parenthesis
    'Dupont (it is said) arrive.',
    // a lone family name the lexicon does not know, outside a ranking or a list
    'Durand (Esp) a répondu.',
  ])('finds no results code in: %s', (input) => {
    expect(findCountries(input).filter((e) => e.source === 'country/results-code')).toEqual([]);
  });

  it('offsets are those of the abbreviation', () => {
    const text = '1. Guidi (It). 2. Tchmil (Be). 3. Mattan (Be).';
    for (const e of findCountries(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('takes its table from the gazetteer', () => {
    const gaz = buildCountryGazetteer([{ code: 'XA', alpha3: 'XAA', name: 'Atlantide', independent: true, names: [], demonyms: [] }], { resultsCodes: [['Atl', 'XA']] });
    const ex = createExtractor({ finders: [createCountryFinder(gaz)], model: null });
    expect(ex.extract('1. Dupont (Atl). 2. Durand (XAA). 3. Martin (It).').map((e) => [e.text, e.type])).toEqual([['Atl', 'country'], ['XAA', 'country']]);
  });
});

describe('afterParenthesis: the tokens a results code may stand on, found in the text', () => {
  it.each([
    '1. Guidi (It), 2. Van Petegem (Be), 3. Olano (Esp)',
    'la Banque centrale européenne (BCE) et (( la Fed ))',
    "(AFP) — l'Union (UE) a dit (",
    'aucune parenthèse ici',
    '',
  ])('agrees with a read of every token: %s', (text) => {
    const { tokens, view } = prepare(text);
    for (let from = 0; from <= tokens.length; from++) {
      let expected = from;
      while (expected < tokens.length && tokens[expected - 1]?.text !== '(') expected++;
      expect(afterParenthesis(tokens, view, from)).toBe(expected);
    }
  });
});
