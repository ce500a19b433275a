import type { ParsingOption, ParsingResult } from 'chrono-node';
import type { Doc } from '../../text/document.js';
import type { Finder, FindContext } from '../../pipeline.js';
import type { DateEntity } from '../../types.js';
import { chronoReference, frenchChrono } from './chrono.js';
import { composed } from './composed.js';
import { type Reading, readingOf } from './reading.js';
import type { DropListener } from './refiner.js';
import { type TenseClue, tenseAround } from './tense.js';
import { mayHoldDate } from './triggers.js';
import { toDateValue } from './value.js';

/** Whether a reading's value depends on the direction of the sentence ('jeudi', '11 mai', 'à l'automne'). */
function needsTense(r: Reading): boolean {
  switch (r.kind) {
    case 'weekday':
      return r.shift === undefined || r.shift === 'this';
    case 'date':
    case 'season':
      return r.year === undefined && r.shift === undefined;
    case 'range':
      return needsTense(r.from) || needsTense(r.to);
    default:
      return false;
  }
}

// The word before a date can fix its direction whatever the verb: 'depuis [janvier]' is past,
// 'jusqu'au [10 avril]', 'à partir du [19 février]', 'd'ici à [la mi-juillet]' are ahead; after
// 'au' the date is where something was moved to ('repoussé au [15 décembre]'): no direction.
const SINCE = /(?:^|[^\p{L}])depuis\s+(?:le\s+|la\s+|l')?$/iu;
const UNTIL = /(?:jusqu'(?:au|à|en)|à partir (?:du|de|d')|d'ici(?: à)?)\s*(?:le\s+|la\s+|l')?$/iu;
const MOVED_TO = /(?:^|[^\p{L}'])au\s+$/iu;

function tenseOf(sentence: string, start: number, end: number): TenseClue | null {
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (SINCE.test(before)) return { tense: 'past', near: true };
  if (UNTIL.test(before)) return { tense: 'future', near: true };
  if (MOVED_TO.test(before)) return null;
  return tenseAround(sentence, start, end);
}

/**
 * Finds dates, sentence by sentence, with gazette's extended chrono-node French parser,
 * and resolves them against the reference date and the tense of their sentence.
 * @example findDateCandidates(prepare('Créée en 2014, la Coalition…'), ctx) // [{ text: '2014', normalized: { value: '2014', granularity: 'year' } }]
 */
export function findDateCandidates(doc: Doc, ctx: FindContext): DateEntity[] {
  const out: DateEntity[] = [];
  const chrono = frenchChrono();
  const reference = chronoReference(ctx.reference);
  for (const s of doc.sentences) {
    if (!mayHoldDate(doc.tokens, s.first, s.last)) continue;
    const view = composed(doc.view.slice(s.start, s.end));
    const chunk = view.text;
    // chrono's `parse` is typed with its read-only interface; the objects are ParsingResults.
    const onDrop = (index: number, text: string, reason: string) => {
      const start = s.start + view.toOriginal(index);
      const end = s.start + view.toOriginal(index + text.length);
      const candidate: DateEntity = { type: 'date', text: doc.input.slice(start, end), start, end, score: 0, source: 'date/chrono', normalized: { value: null, granularity: 'day', relative: false } };
      ctx.drop('date', reason, candidate);
    };
    const options: ParsingOption & DropListener = { forwardDate: false, onDrop };
    const results = chrono.parse(chunk, reference, options) as unknown as ParsingResult[];
    for (const r of results) {
      const start = s.start + view.toOriginal(r.index);
      const end = s.start + view.toOriginal(r.index + r.text.length);
      if (doc.header && start < doc.header.end) continue;
      const reading = readingOf(r);
      if (!reading || !r.text) continue;
      const tense = needsTense(reading) ? tenseOf(chunk, r.index, r.index + r.text.length) : null;
      const custom = r.tags().has('gazette/parser');
      out.push({
        type: 'date',
        text: doc.input.slice(start, end),
        start,
        end,
        score: custom ? 0.85 : 0.9,
        source: custom ? 'date/pattern' : 'date/chrono',
        normalized: toDateValue(reading, ctx.reference, tense),
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
