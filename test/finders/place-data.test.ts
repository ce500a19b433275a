import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACE_TABLE, PLACE_WIKIDATA } from '../../src/data/places.js';
import { parsePlaceTable } from '../../src/finders/location.js';
import { hasShared, sharedDir } from '../helpers.js';

describe('parsePlaceTable', () => {
  it('reads kind and country from group headers and QIDs as base-36 steps within each group', () => {
    const table = '#region\nBretagne\n#city MA\nFès\nMarrakech\tMarrakesh\n#city FR\nLe Havre';
    // Natural Earth's QIDs: Fès Q80985, then Marrakech Q101625 (20640 more); Le Havre Q42810 starts its group again
    const qids = ` ${(80985).toString(36)} ${(20640).toString(36)} ${(42810).toString(36)}`;
    expect(parsePlaceTable(table, qids)).toEqual([
      { name: 'Bretagne', kind: 'region', names: [] },
      { name: 'Fès', kind: 'city', countryCode: 'MA', wikidata: 'Q80985', names: [] },
      { name: 'Marrakech', kind: 'city', countryCode: 'MA', wikidata: 'Q101625', names: ['Marrakesh'] },
      { name: 'Le Havre', kind: 'city', countryCode: 'FR', wikidata: 'Q42810', names: [] },
    ]);
  });

  it('leaves the QID out without a step', () => {
    expect(parsePlaceTable('#city FR\nQuimper')).toEqual([{ name: 'Quimper', kind: 'city', countryCode: 'FR', names: [] }]);
  });
});

describe('the place table', () => {
  const places = parsePlaceTable(PLACE_TABLE, PLACE_WIKIDATA);

  it('has a name, a kind and a well-formed country code on every place', () => {
    expect(places.length).toBeGreaterThan(1000);
    expect(places.filter((p) => !p.name || !p.kind || (p.countryCode !== undefined && !/^[A-Z]{2}$/.test(p.countryCode)))).toEqual([]);
  });

  it.runIf(hasShared)('gives each Natural Earth city the QID and country of its source row', () => {
    const [head = '', ...rows] = readFileSync(`${sharedDir}data/lexicons/ne-populated-places/places.tsv`, 'utf8').split('\n');
    const col = head.split('\t');
    // QID → its rows' countries (the source gives Q2450325 to an Ascensión of Bolivia and one of Mexico)
    const source = new Map<string, string[]>();
    for (const r of rows) {
      const cells = r.split('\t');
      const qid = cells[col.indexOf('wikidata')] ?? '';
      const iso2 = cells[col.indexOf('iso2')] ?? '';
      source.set(qid, [...(source.get(qid) ?? []), iso2 === '-99' ? '' : iso2]);
    }
    const withQid = places.filter((p) => p.wikidata);
    expect(withQid.length).toBeGreaterThan(1000);
    expect(withQid.filter((p) => !source.get(p.wikidata!)?.includes(p.countryCode ?? ''))).toEqual([]);
    expect(places.find((p) => p.name === 'Marrakech')?.wikidata).toBe('Q101625');
  });
});
