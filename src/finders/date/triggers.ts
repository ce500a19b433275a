import type { Token } from '../../text/tokenize.js';
import { NumberedWords, numbersIfRead } from '../vocabulary.js';

// A sentence goes to chrono, the costly part of the pipeline, only when one of its words could
// start a date: a number, or one of these words (folded; a part of a hyphenated word counts
// too: 'mi-juillet', 'avant-hier', 'week-end', 'mois-ci').
const TRIGGERS = new Set([
  'janvier', 'janv', 'jan', 'fevrier', 'fevr', 'fev', 'mars', 'avril', 'avr', 'mai', 'juin', 'juillet', 'juil', 'juill', 'aout',
  'septembre', 'sept', 'sep', 'octobre', 'oct', 'novembre', 'nov', 'decembre', 'dec',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'hier', 'demain', "aujourd'hui", 'an', 'ans', 'annee', 'annees', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'end',
  'siecle', 'siecles', 'trimestre', 'semestre', 'noel', 'paques', 'toussaint', 'sylvestre', 'pentecote', 'printemps', 'ete', 'automne', 'hiver', 'soir', 'matin', 'nuit',
]);
// The sentence test asks every word of a sentence without a number whether it is a trigger: in
// `extract`, the document's word numbers, read by the finders before, answer it ('annoncé', 'président'
// are none) without a lookup by the key's string; `findDates` alone does not number the words for it
// (that costs more than the lookups it saves).
const TRIGGER_WORDS = new NumberedWords(TRIGGERS);
const ROMAN_CENTURY = /^[IVXLC]+(?:e|ème|eme|er|ᵉ|ᵉʳ)$/u;

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Whether a sentence (the token range [first, last)) may hold a date.
 * @example mayHoldDate(tokenize('Il est parti.'), 0, 4) // false
 */
export function mayHoldDate(tokens: readonly Token[], first: number, last: number): boolean {
  const numbers = numbersIfRead(tokens);
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'number') return true;
    if (t.kind === 'punct') continue; // no trigger is punctuation
    if (numbers ? TRIGGER_WORDS.at(tokens, numbers, k) : TRIGGERS.has(t.key)) {
      if (!falseTrigger(t.key, tokens[k - 1]?.key)) return true;
      continue;
    }
    // 'il y a deux semaines'; a roman century: 'XIVe siècle' (not 'Le', 'Ce', which look roman).
    if (t.key === 'il' && tokens[k + 1]?.key === 'y' && tokens[k + 2]?.key === 'a') return true;
    if (t.cap && (tokens[k + 1]?.key ?? '').startsWith('siecle') && ROMAN_CENTURY.test(t.text)) return true;
    // 'mi-2024': a hyphenated word with a number in it may be a date as well.
    if (t.key.indexOf(' ') > 0 && t.key.split(' ').some((part) => TRIGGERS.has(part) || isDigits(part))) return true;
  }
  return false;
}

// Forms of 'avoir' before 'été' make it the past participle of 'être' ('a été reçu'), not summer.
const AVOIR = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'ayant', 'avoir', 'as', 'avons', 'avez', 'eut', 'aie', 'ait', 'aient', 'avions', 'aviez', "n'a", "n'ont", 'pas', 'jamais', 'deja', 'toujours', 'aussi', 'egalement', 'souvent', 'longtemps', 'peut']);
// A part of the day is a date only after 'ce', 'cette', 'la' or a day word ('ce soir', 'cette nuit'); a
// day word triggers by itself.
const DAY_PARTS = new Set(['soir', 'matin', 'nuit']);
const DAY_PART_CUES = new Set(['ce', 'cet', 'cette', 'la']);

function falseTrigger(key: string, prev: string | undefined): boolean {
  if (key === 'ete') return prev !== undefined && AVOIR.has(prev);
  if (DAY_PARTS.has(key)) return prev === undefined || !DAY_PART_CUES.has(prev);
  return false;
}
