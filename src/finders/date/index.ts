import type { Doc } from '../../text/document.js';
import type { Finder, FindContext } from '../../pipeline.js';
import type { DateEntity } from '../../types.js';
import { PATTERN } from './found.js';
import { parsersFor, readDates } from './reader.js';
import { composed } from './composed.js';
import { dateWords, GluedFigures, TRIGGER } from './gates.js';
import { type Reading, readingOf } from './reading.js';
import { type TenseClue, tenseAround } from './tense.js';
import { numbersIfRead } from '../vocabulary.js';
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

function tenseOf(sentence: string, start: number, end: number, reading: Reading): TenseClue | null {
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (SINCE.test(before)) return { tense: 'past', near: true };
  if (UNTIL.test(before)) return { tense: 'future', near: true };
  // 'au printemps' is how spring is named, not where a date was moved to: 'auront lieu au [printemps]'.
  if (MOVED_TO.test(before) && reading.kind !== 'season') return null;
  return tenseAround(sentence, start, end);
}

/**
 * Finds dates sentence by sentence (only those whose words may start one, gates.ts) and resolves
 * them against the reference date and the tense of their sentence.
 * @example findDateCandidates(prepare('Créée en 2014, la Coalition…'), ctx) // [{ text: '2014', normalized: { value: '2014', granularity: 'year' } }]
 */
export function findDateCandidates(doc: Doc, ctx: FindContext): DateEntity[] {
  const out: DateEntity[] = [];
  const numbers = numbersIfRead(doc.tokens);
  // The day relative dates count from while they are found: the reference, or a fixed day without
  // one (never the clock). Values come from readings (value.ts), which know when there is none.
  const ref = { year: ctx.reference?.year ?? 2000, month: ctx.reference?.month ?? 1, day: ctx.reference?.day ?? 1 };
  // Without a debug callback, nobody hears of the candidates turned down, and clock times, which
  // are all dropped, need not be read.
  const listening = ctx.debugging !== false;
  const glued = new GluedFigures(doc.view);
  for (const s of doc.sentences) {
    const kinds = dateWords(doc.tokens, s.first, s.last, numbers, glued);
    // (Without JOINED_FIGURES, which readDates tells from the text: a sentence that may have them has
    // DATE_FIGURES, which the year parser reads, so its parsers are never none.)
    if (!(kinds & TRIGGER) || !parsersFor(kinds, listening).length) continue;
    const view = composed(sentenceText(doc, s.start, s.end));
    const sentence = view.text;
    const onDrop = listening ? dropper(doc, ctx, s.start, view) : undefined;
    for (const r of readDates({ text: sentence, ref, onDrop, after: -1 }, kinds, listening)) {
      const start = s.start + view.toOriginal(r.index);
      const end = s.start + view.toOriginal(r.index + r.text.length);
      if (doc.header && start < doc.header.end) continue;
      const reading = readingOf(r);
      if (!reading || !r.text) continue;
      const tense = needsTense(reading) ? tenseOf(sentence, r.index, r.index + r.text.length, reading) : null;
      const pattern = ((r.start.tags | (r.end?.tags ?? 0)) & PATTERN) !== 0;
      out.push({
        type: 'date',
        text: doc.input.slice(start, end),
        start,
        end,
        score: pattern ? 0.85 : 0.9,
        source: pattern ? 'date/pattern' : 'date/calendar',
        normalized: toDateValue(reading, ctx.reference, tense),
      });
    }
  }
  return out;
}

/**
 * The text of a sentence the parsers read: cut from the document's one-byte copy when the sentence
 * holds no character above U+00FF, so that the patterns run over a one-byte string ('le 11 mai', in an
 * article with a '—' elsewhere); else from the view.
 */
function sentenceText(doc: Doc, start: number, end: number): string {
  const narrow = doc.narrow;
  if (narrow === undefined || narrow === doc.view) return doc.view.slice(start, end);
  const text = narrow.slice(start, end);
  return text.indexOf('\u001a') < 0 ? text : doc.view.slice(start, end);
}

/**
 * What tells the `debug` callback of a date turned down in a sentence. Made here, not by an arrow in
 * the sentence loop: an arrow there holds the loop's variables, and V8 then made a context object
 * for them at every sentence, listened to or not.
 */
function dropper(doc: Doc, ctx: FindContext, sentenceStart: number, view: ReturnType<typeof composed>): (index: number, text: string, reason: string) => void {
  return (index, text, reason) => {
    const start = sentenceStart + view.toOriginal(index);
    const end = sentenceStart + view.toOriginal(index + text.length);
    const candidate: DateEntity = { type: 'date', text: doc.input.slice(start, end), start, end, score: 0, source: 'date/calendar', normalized: { value: null, granularity: 'day', relative: false } };
    ctx.drop('date', reason, candidate);
  };
}

/**
 * The date finder of the default pipeline.
 * @example createDateFinder().find(prepare('le 11 mai prochain'), ctx)
 */
export function createDateFinder(): Finder {
  return { name: 'date', types: ['date'], find: findDateCandidates };
}
