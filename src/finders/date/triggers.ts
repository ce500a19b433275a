import type { Token } from '../../text/tokenize.js';

// A sentence goes to chrono, the costly part of the pipeline, only when one of its words could
// start a date: a number, or one of these words (folded; a part of a hyphenated word counts
// too: 'mi-juillet', 'avant-hier', 'week-end', 'mois-ci').
const TRIGGERS = new Set([
  'janvier', 'janv', 'jan', 'fevrier', 'fevr', 'fev', 'mars', 'avril', 'avr', 'mai', 'juin', 'juillet', 'juil', 'juill', 'aout',
  'septembre', 'sept', 'sep', 'octobre', 'oct', 'novembre', 'nov', 'decembre', 'dec',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'hier', 'demain', "aujourd'hui", 'an', 'ans', 'annee', 'annees', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'end',
  'siecle', 'siecles', 'printemps', 'ete', 'automne', 'hiver', 'soir', 'matin', 'nuit',
]);
const ROMAN_CENTURY = /^[IVXLC]+(?:e|ème|eme|er|ᵉ|ᵉʳ)$/u;

/**
 * Whether a sentence (the token range [first, last)) may hold a date.
 * @example mayHoldDate(tokenize('Il est parti.'), 0, 4) // false
 */
export function mayHoldDate(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'number' || TRIGGERS.has(t.key) || (t.cap && ROMAN_CENTURY.test(t.text))) return true;
    if (t.key.indexOf(' ') > 0 && t.key.split(' ').some((part) => TRIGGERS.has(part))) return true;
  }
  return false;
}
