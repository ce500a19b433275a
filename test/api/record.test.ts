import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// An article of our own, of the kind gazette is for (not the seed article).
const ARTICLE = `date 2023-06 Le ministre algérien des Affaires étrangères, Ahmed Attaf, recevra le 14 juin prochain à Alger son homologue italien, Antonio Tajani.
Créée en 2014, la Coalition internationale contre Daesh se réunira aussi. M. Tajani s’est rendu au Caire.`;

describe('the entity record', () => {
  const entities = extract(ARTICLE);

  it('finds every entity of the article, with exact offsets', () => {
    expect(entities.map((e) => [e.type, e.text])).toEqual([
      ['country', 'algérien'],
      ['person', 'Ahmed Attaf'],
      ['date', '14 juin prochain'],
      ['location', 'Alger'],
      ['country', 'italien'],
      ['person', 'Antonio Tajani'],
      ['date', '2014'],
      ['organization', 'Coalition internationale contre Daesh'],
      ['person', 'Tajani'],
      ['location', 'Caire'],
    ]);
    for (const e of entities) expect(ARTICLE.slice(e.start, e.end)).toBe(e.text);
  });

  it('normalizes each type', () => {
    const by = (text: string) => entities.find((e) => e.text === text)?.normalized;
    expect(by('algérien')).toEqual({ code: 'DZ', alpha3: 'DZA', name: 'Algérie', form: 'demonym', wikidata: 'Q262' });
    expect(by('14 juin prochain')).toEqual({ value: '2023-06-14', granularity: 'day', start: '2023-06-14', end: '2023-06-14', relative: true });
    expect(by('Tajani')).toMatchObject({ name: 'Antonio Tajani', title: 'M.' });
    expect(by('Coalition internationale contre Daesh')).toMatchObject({ name: "Coalition internationale contre l'État islamique" });
    expect(by('Caire')).toMatchObject({ name: 'Le Caire', countryCode: 'EG', kind: 'city' });
  });

  it('is plain data: JSON and structuredClone keep it whole', () => {
    expect(JSON.parse(JSON.stringify(entities))).toEqual(entities);
    expect(structuredClone(entities)).toEqual(entities);
    for (const e of entities) {
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
      expect(e.source).toMatch(/^[a-z]+\//);
    }
  });
});
