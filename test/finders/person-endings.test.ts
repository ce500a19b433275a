import { describe, expect, it } from 'vitest';
import { Endings } from '../../src/finders/person/endings.js';
import { ADJECTIVE_END, ROLE_LIKE_END } from '../../src/finders/person/cues.js';

// The patterns the endings replaced, as they were: every word below must be answered the same way.
const ADJECTIVE_PATTERN = /(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ois|oise|oises|ique|iques|iste|istes|al|ale|ales|aux|el|elle|els|elles|aire|aires|if|ive|ifs|ives|ant|ante|ants|antes|ent|ente|ents|entes|ee|ees|ere|eres|ier|eur|euse|ard|arde|on|one|ote)$/;
const ROLE_PATTERN = /(?:iste|istes|logue|eur|euse|rice|ier|iere|ien|ienne|aire|ante|ant|ard|arde|ain|aine|at|ate|ete|ite)$/;
const WORDS = [
  'irakien', 'americain', 'sortante', 'general', 'ancien', 'deleguee', 'francais', 'bassiste', 'musicologue', 'lugeur', 'equipier',
  'physicienne', 'dignitaire', 'gouvernement', 'les', 'une', 'a', '', 'on', 'n', 'ee', 'president', 'ministre', 'secretaire', 'coeur',
  'sœur', 'œuvre', 'naïf', 'cafe', 'chat', 'etat', 'ete', 'ville', 'aux', 'chevaux', 'quebecois', 'iennes', 'xien', 'lien', 'al', 'l',
];

describe('endings read from the end of a word', () => {
  it('answer as the patterns they replaced', () => {
    for (const w of WORDS) {
      expect([w, ADJECTIVE_END.endsOne(w)]).toEqual([w, ADJECTIVE_PATTERN.test(w)]);
      expect([w, ROLE_LIKE_END.endsOne(w)]).toEqual([w, ROLE_PATTERN.test(w)]);
    }
  });
  it('stop at a letter outside ASCII, after the shorter endings', () => {
    const e = new Endings(['on', 'sion']);
    expect(e.endsOne('œon')).toBe(true);
    expect(e.endsOne('œn')).toBe(false);
    expect(e.endsOne('passion')).toBe(true);
  });
  it('refuse an ending outside ASCII', () => {
    expect(() => new Endings(['œu'])).toThrow(RangeError);
  });
});
