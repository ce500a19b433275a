import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, extract, groupEntities, MIN_LETTERS } from '../../src/index.js';

const ARTICLE = 'Nasser Bourita, ministre marocain des Affaires étrangères, accueillera le 11 mai prochain à Marrakech '
  + "la réunion de la Coalition internationale. Bourita a salué l'engagement du Maroc aux côtés des Américains.";

describe('analyze: language', () => {
  it.each([
    ['fra', ARTICLE],
    ['eng', 'The foreign minister of Morocco will host the meeting of the coalition in Marrakech next month, his office said on Tuesday.'],
    ['spa', 'El ministro de Asuntos Exteriores de Marruecos recibirá el próximo mes en Marrakech a los representantes de la coalición internacional.'],
    ['deu', 'Der marokkanische Außenminister empfängt im nächsten Monat in Marrakesch die Vertreter der internationalen Koalition, teilte sein Ministerium mit.'],
    ['ita', 'Il ministro degli Esteri del Marocco ospiterà il mese prossimo a Marrakech i rappresentanti della coalizione internazionale contro il terrorismo.'],
  ])('reads %s', (code, text) => {
    const { language } = analyze(text);
    expect(language).toEqual({ code, determined: true, notFrench: code !== 'fra' });
  });

  it.each([
    'Macron à Berlin',
    'Aviator, un film sur la vie de Hughes.',
    'Les études durent six ans mais leur contenu diffère.',
    '2022-04-11 12:30 — 45 000 € ?!',
  ])('does not guess on a short text: %s', (text) => {
    expect(analyze(text).language).toEqual({ code: 'und', determined: false, notFrench: false });
  });

  it('counts letters, not characters, against the threshold', () => {
    const letters = 'a'.repeat(MIN_LETTERS - 1);
    expect(detectLanguage(`${letters} 1234567890 !!! ${'-'.repeat(200)}`).determined).toBe(false);
    expect(detectLanguage('le chat de la voisine est revenu hier soir après trois jours passés dans le jardin du maire').determined).toBe(true);
  });
});

describe('analyze: reference date', () => {
  it('takes the option first', () => {
    expect(analyze('date 2021-03 Il est venu hier.', { referenceDate: '2022-04-15' }).referenceDate).toEqual({ value: '2022-04-15', from: 'option' });
  });
  it('then the header', () => {
    expect(analyze('date 2022-04 Il est venu hier.').referenceDate).toEqual({ value: '2022-04', from: 'header' });
  });
  it('reports none, and never the clock', () => {
    const a = analyze('Il est venu hier à Rabat.');
    expect(a.referenceDate).toEqual({ value: null, from: 'none' });
    expect(a.entities.find((e) => e.type === 'date')?.normalized).toMatchObject({ value: null });
  });
  it('gives a Date option as its UTC day', () => {
    expect(analyze('Il est venu hier.', { referenceDate: new Date(Date.UTC(2023, 2, 14, 23, 30)) }).referenceDate).toEqual({ value: '2023-03-14', from: 'option' });
  });
});

describe('analyze: entities and unique entities', () => {
  it('returns the entities of extract', () => {
    expect(analyze(ARTICLE, { referenceDate: '2022-04' }).entities).toEqual(extract(ARTICLE, { referenceDate: '2022-04' }));
  });

  it("makes 'Nasser Bourita' and 'Bourita' one person, 'marocain' and 'Maroc' one country", () => {
    const { unique } = analyze(ARTICLE, { referenceDate: '2022-04' });
    expect(unique.person.map((u) => [u.key, u.count, u.forms])).toEqual([['Nasser Bourita', 2, ['Nasser Bourita', 'Bourita']]]);
    const ma = unique.country.find((u) => u.key === 'MA');
    expect(ma?.count).toBe(2);
    expect(ma?.forms).toEqual(['marocain', 'Maroc']);
    expect(ma?.mentions.map((m) => ARTICLE.slice(m.start, m.end))).toEqual(['marocain', 'Maroc']);
    expect(unique.date.map((u) => u.key)).toEqual(['2022-05-11']);
  });

  it('sorts the most mentioned first, then by first appearance', () => {
    const text = 'La France et le Maroc. Le Maroc, encore le Maroc, puis la France, puis le Mali.';
    expect(analyze(text).unique.country.map((u) => [u.key, u.count])).toEqual([['MA', 3], ['FR', 2], ['ML', 1]]);
  });

  it('fills a group from all its mentions (title from one, role from another)', () => {
    const groups = groupEntities([
      { type: 'person', text: 'Bourita', start: 3, end: 10, score: 1, source: 't', normalized: { name: 'Nasser Bourita', title: 'M.' } },
      { type: 'person', text: 'Nasser Bourita', start: 40, end: 54, score: 1, source: 't', normalized: { name: 'Nasser Bourita', role: 'ministre' } },
    ]);
    expect(groups.person[0]?.normalized).toEqual({ name: 'Nasser Bourita', title: 'M.', role: 'ministre' });
  });

  it('keeps dates without a value apart by what they say', () => {
    const { unique } = analyze('Il est venu mardi puis mercredi et encore mardi.');
    expect(unique.date.map((u) => [u.key, u.count])).toEqual([['? mardi', 2], ['? mercredi', 1]]);
  });

  it('survives JSON and structuredClone', () => {
    const a = analyze(ARTICLE);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(structuredClone(a)).toEqual(a);
  });

  it('rejects bad input like extract', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(/^gazette: text must be a string/);
    expect(() => analyze('Rabat', { referenceDate: 'demain' })).toThrow(RangeError);
    expect(analyze('')).toMatchObject({ entities: [], language: { code: 'und' }, referenceDate: { from: 'none' } });
  });
});
