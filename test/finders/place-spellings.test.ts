import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const rules = createExtractor({ model: null });
const places = (s: string) =>
  rules.extract(s).filter((e) => e.type === 'country' || e.type === 'location').map((e) => [e.type, e.text, e.type === 'country' ? e.normalized.code : e.normalized.name]);

describe('old and foreign spellings of well-known places', () => {
  it.each([
    ['On mande de Tokio que le gouvernement est tombé.', [['location', 'Tokio', 'Tokyo']]],
    ['Pékin et Beijing', [['location', 'Pékin', 'Pékin'], ['location', 'Beijing', 'Pékin']]],
    ['de Bombay à Mumbai', [['location', 'Bombay', 'Bombay'], ['location', 'Mumbai', 'Bombay']]],
    ['Kiev, Kyiv ou Kyïv', [['location', 'Kiev', 'Kiev'], ['location', 'Kyiv', 'Kiev'], ['location', 'Kyïv', 'Kiev']]],
    ['les combats autour de Kharkov et Lougansk', [['location', 'Kharkov', 'Kharkiv'], ['location', 'Lougansk', 'Louhansk']]],
    ['Saïgon est devenue Hô-Chi-Minh-Ville', [['location', 'Saïgon', 'Hô-Chi-Minh-Ville'], ['location', 'Hô-Chi-Minh-Ville', 'Hô-Chi-Minh-Ville']]],
    ['Il vit à Francfort depuis dix ans.', [['location', 'Francfort', 'Francfort-sur-le-Main']]],
    ['Le sommet se tiendra à Abou Dhabi.', [['location', 'Abou Dhabi', 'Abou Dabi']]],
    ['Le Tessin vote dimanche.', [['location', 'Tessin', 'Tessin']]],
    // towns of the news the city table lacks, and former names kept as written
    ['Les combats font rage à Bakhmout et Avdiïvka.', [['location', 'Bakhmout', 'Bakhmout'], ['location', 'Avdiïvka', 'Avdiïvka']]],
    ['la bataille de Stalingrad', [['location', 'Stalingrad', 'Stalingrad']]],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });
});

describe("l'Amérique: the United States or the continent", () => {
  it.each([
    // beside another country, or with its president: the United States
    ["Les relations entre la France et l'Amérique se tendent.", [['country', 'France', 'FR'], ['country', 'Amérique', 'US']]],
    ["L'Amérique et la Chine s'affrontent sur les droits de douane.", [['country', 'Amérique', 'US'], ['country', 'Chine', 'CN']]],
    ["L'Amérique de Trump tourne le dos à l'Europe.", [['country', 'Amérique', 'US'], ['location', 'Europe', 'Europe']]],
    // everywhere else: the continent or a region of it
    ["Il a voyagé en Amérique pendant un an.", [['location', 'Amérique', 'Amérique']]],
    ["L'Amérique et l'Europe ont des cultures proches.", [['location', 'Amérique', 'Amérique'], ['location', 'Europe', 'Europe']]],
    ["l'Amérique latine et l'Amérique du Sud", [['location', 'Amérique latine', 'Amérique latine'], ['location', 'Amérique du Sud', 'Amérique du Sud']]],
    ["Christophe Colomb a découvert l'Amérique.", [['location', 'Amérique', 'Amérique']]],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });
});
