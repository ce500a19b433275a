import { describe, expect, it } from 'vitest';
import { findLocations } from '../../src/index.js';

const places = (s: string) => findLocations(s).map((e) => [e.text, e.normalized.name, e.normalized.countryCode ?? null]);

describe('findLocations', () => {
  it.each([
    ['une réunion à Marrakech', [['Marrakech', 'Marrakech', 'MA']]],
    ['de Londres à Pékin via Moscou', [['Londres', 'Londres', 'GB'], ['Pékin', 'Pékin', 'CN'], ['Moscou', 'Moscou', 'RU']]],
    ['au Caire et à La Haye', [['Caire', 'Le Caire', 'EG'], ['La Haye', 'La Haye', 'NL']]],
    ['en Afrique et dans le Sud-Est asiatique', [['Afrique', 'Afrique', null], ['Sud-Est asiatique', 'Asie du Sud-Est', null]]],
    ['dans la bande de Gaza', [['bande de Gaza', 'Bande de Gaza', 'PS']]],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual(expected);
  });

  it.each(["l'accord de Paris sur le climat", 'une réunion de travail'])('finds no place in: %s', (input) => {
    expect(findLocations(input)).toEqual([]);
  });
});
