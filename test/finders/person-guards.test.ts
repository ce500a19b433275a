import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/index.js';

describe('what is not a person', () => {
  it.each([
    // places and things named after people
    'Ils habitent rue Victor-Hugo, près de la place Charles-de-Gaulle.',
    'Le lycée Jean-Moulin ferme, comme l’aéroport Charles de Gaulle.',
    'Le porte-avions Charles-de-Gaulle a appareillé.',
    'La loi Veil a cinquante ans ; le prix Goncourt est décerné.',
    'Le rapport Stora a été accueilli avec froideur.',
    'Il visite la Maison de Jules Verne.',
    // organisations and places that open on a first name
    'France Télévisions et la Marine nationale signent un accord.',
    'Le Paris Saint-Germain a gagné.',
    'La division mode, emmenée par Louis Vuitton et Dior, progresse.',
    'Il est consultant pour France Inter.',
    // names of things, works, products, bodies
    'La Coalition mondiale contre Daesh se réunit.',
    'Le laboratoire danois Bavarian Nordic livrera des vaccins.',
    'Le PDG de Saudi Aramco a parlé.',
    'Le patron de World Rugby a promis un tournoi.',
    'La sonde Europa Clipper partira en octobre.',
    'Il joue dans « Jeanne du Barry » au Grand Théâtre Lumière.',
    'Le jeu est sorti sur Nintendo Switch et sur Game Boy.',
    'Le Telugu Desam Party et Amaury Sport Organisation ont signé.',
    'Le site Rotten Tomatoes lui donne une bonne note.',
    'The Late Show with Stephen Colbert',
    // words that open sentences and headlines
    'Longtemps présenté comme un garant, il part. Sorti de prison le 14 mars, il parle.',
    'Pourquoi Angiox a-t-il été approuvé ?',
    'La ministre des Sports a parlé. Le maire d’Hillion ferme une plage.',
    'Algues vertes : à Hillion, le maire ferme une plage.',
    'Le ministre de Chine est arrivé, le président de la Bundesbank aussi.',
    'Le roi d’Assyrie est cité, comme le commandant d’Auschwitz.',
  ])('%s', (input) => {
    expect(findPeople(input)).toEqual([]);
  });
});

describe('role nouns that may be verbs', () => {
  it('reads a role before one word only after a determiner', () => {
    expect(findPeople('Human Rights Watch accuse Tsahal de crimes.')).toEqual([]);
    expect(findPeople('La veuve Clicquot et le président Wilson.').map((e) => e.text)).toEqual(['Clicquot', 'Wilson']);
  });
});

describe('the debug callback', () => {
  it('hears why a run of capitals is not a person', () => {
    const events: string[] = [];
    findPeople('Il habite rue Victor-Hugo.', { debug: (e) => events.push(`${e.stage}: ${e.candidate.text}: ${e.reason}`) });
    expect(events).toContain('person: Victor-Hugo: names a place or a thing after a person');
  });
});
