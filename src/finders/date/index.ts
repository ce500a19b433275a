import type { ParsingResult } from 'chrono-node';
import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { Finder, FindContext } from '../../pipeline.js';
import type { DateEntity } from '../../types.js';
import { chronoReference, frenchChrono } from './chrono.js';
import { toDateValue } from './value.js';

// A sentence is handed to chrono only when one of its tokens could start a date: a number, or
// one of these words (folded). Most sentences of news have none, and chrono is the costly part.
const TRIGGERS = new Set([
  'janvier', 'janv', 'jan', 'fevrier', 'fevr', 'fev', 'mars', 'avril', 'avr', 'mai', 'juin', 'juillet', 'juil', 'aout',
  'septembre', 'sept', 'sep', 'octobre', 'oct', 'novembre', 'nov', 'decembre', 'dec',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'hier', 'demain', "aujourd'hui", 'veille', 'lendemain', 'maintenant', 'nuit', 'an', 'annee', 'annees', 'mois', 'semaine', 'semaines',
  'jour', 'jours', 'siecle', 'siecles', 'printemps', 'ete', 'automne', 'hiver', 'prochain', 'prochaine', 'dernier', 'derniere',
  'ans', 'heures', 'heure', 'minutes', 'week', 'matin', 'soir', 'midi', 'minuit', 'il',
]);
const ROMAN_CENTURY = /^[IVXLC]+(?:e|ème|eme)$/u;

function mayHoldDate(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'number' || TRIGGERS.has(t.key) || (t.cap && ROMAN_CENTURY.test(t.text))) return true;
  }
  return false;
}

/**
 * Finds dates, sentence by sentence, with gazette's extended chrono-node French parser.
 * @example findDateCandidates(prepare('Créée en 2014, la Coalition…'), ctx) // [{ text: '2014', normalized: { value: '2014', granularity: 'year' } }]
 */
export function findDateCandidates(doc: Doc, ctx: FindContext): DateEntity[] {
  const out: DateEntity[] = [];
  const chrono = frenchChrono();
  const reference = chronoReference(ctx.reference);
  for (const s of doc.sentences) {
    if (!mayHoldDate(doc.tokens, s.first, s.last)) continue;
    const chunk = doc.view.slice(s.start, s.end);
    // chrono's `parse` is typed with its read-only interface; the objects are ParsingResults.
    const results = chrono.parse(chunk, reference, { forwardDate: false }) as unknown as ParsingResult[];
    for (const r of results) {
      const start = s.start + r.index;
      const end = start + r.text.length;
      if (doc.header && start < doc.header.end) continue;
      if (r.text.trim() !== r.text || !r.text) continue;
      const value = toDateValue(r, ctx.reference);
      if (!value) continue;
      const custom = [...r.tags()].some((t) => t.startsWith('gazette/'));
      out.push({
        type: 'date',
        text: doc.input.slice(start, end),
        start,
        end,
        score: custom ? 0.85 : 0.9,
        source: custom ? 'date/pattern' : 'date/chrono',
        normalized: value,
      });
    }
  }
  return out;
}

/**
 * The date finder of the default pipeline.
 * @example createDateFinder().find(prepare('le 11 mai prochain'), ctx)
 */
export function createDateFinder(): Finder {
  return { name: 'date', types: ['date'], find: findDateCandidates };
}
