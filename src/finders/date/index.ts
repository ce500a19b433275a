import type { ParsingOption, ParsingResult } from 'chrono-node';
import type { Doc } from '../../text/document.js';
import type { Finder, FindContext } from '../../pipeline.js';
import type { DateEntity } from '../../types.js';
import { chronoReference, frenchChrono } from './chrono.js';
import { composed } from './composed.js';
import { dateWords, TRIGGER } from './gates.js';
import { withRanges } from './gated.js';
import { type Reading, readingOf } from './reading.js';
import type { DropListener } from './refiner.js';
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

// Sentences that may hold a date go to chrono in batches, not one by one: each parse call has a
// fixed cost (every parser runs its pattern over the text), and one call for the sentences of an
// article costs about a third of one call per sentence. A separator that no pattern can cross
// (no space, no letter, no digit) keeps every result inside its sentence; a batch stays under
// BATCH_CHARS so that a huge text is parsed in bounded pieces.
const SEPARATOR = '\n\u0000\n';
const BATCH_CHARS = 8000;

interface Part {
  sentence: Doc['sentences'][number];
  view: ReturnType<typeof composed>;
  /** Where the sentence starts and ends in the batch. */
  start: number;
  end: number;
  /** The kinds of date word it holds (gates.ts): a part is the stretch its parsers read (gated.ts). */
  kinds: number;
}

/**
 * Finds dates with gazette's extended chrono-node French parser, and resolves them against the
 * reference date and the tense of their sentence.
 * @example findDateCandidates(prepare('Créée en 2014, la Coalition…'), ctx) // [{ text: '2014', normalized: { value: '2014', granularity: 'year' } }]
 */
export function findDateCandidates(doc: Doc, ctx: FindContext): DateEntity[] {
  const out: DateEntity[] = [];
  let parts: Part[] = [];
  let batch = '';
  const numbers = numbersIfRead(doc.tokens);
  for (const s of doc.sentences) {
    const kinds = dateWords(doc.tokens, s.first, s.last, numbers);
    if (!(kinds & TRIGGER)) continue;
    const view = composed(doc.view.slice(s.start, s.end));
    parts.push({ sentence: s, view, start: batch.length, end: batch.length + view.text.length, kinds });
    batch += view.text + SEPARATOR;
    if (batch.length >= BATCH_CHARS) {
      parseBatch(doc, ctx, batch, parts, out);
      parts = [];
      batch = '';
    }
  }
  if (parts.length) parseBatch(doc, ctx, batch, parts, out);
  return out;
}

/** The part of the batch that holds `index` (parts are in order; binary search). */
function partAt(parts: readonly Part[], index: number): Part {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((parts[mid] as Part).start <= index) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo] as Part;
}

function parseBatch(doc: Doc, ctx: FindContext, batch: string, parts: readonly Part[], out: DateEntity[]): void {
  // Without a debug callback, the clock-time parsers, whose results are all dropped, need not run.
  const chrono = frenchChrono({ clockTimes: ctx.debugging !== false });
  const reference = chronoReference(ctx.reference);
  // Offsets in the original input of [index, index + length) of the batch, or null across a separator.
  const toInput = (index: number, length: number): { part: Part; local: number; start: number; end: number } | null => {
    const part = partAt(parts, index);
    const local = index - part.start;
    if (local < 0 || local + length > part.view.text.length) return null;
    const s = part.sentence;
    return { part, local, start: s.start + part.view.toOriginal(local), end: s.start + part.view.toOriginal(local + length) };
  };
  const onDrop = (index: number, text: string, reason: string) => {
    const at = toInput(index, text.length);
    if (!at) return;
    const candidate: DateEntity = { type: 'date', text: doc.input.slice(at.start, at.end), start: at.start, end: at.end, score: 0, source: 'date/chrono', normalized: { value: null, granularity: 'day', relative: false } };
    ctx.drop('date', reason, candidate);
  };
  const options: ParsingOption & DropListener = { forwardDate: false, onDrop };
  // Each parser reads only the sentences with the words it needs (gated.ts).
  // chrono's `parse` is typed with its read-only interface; the objects are ParsingResults.
  const results = withRanges(parts, () => chrono.parse(batch, reference, options)) as unknown as ParsingResult[];
  for (const r of results) {
    const at = toInput(r.index, r.text.length);
    if (!at) continue;
    const { start, end } = at;
    if (doc.header && start < doc.header.end) continue;
    const reading = readingOf(r);
    if (!reading || !r.text) continue;
    const sentence = at.part.view.text;
    const tense = needsTense(reading) ? tenseOf(sentence, at.local, at.local + r.text.length, reading) : null;
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

/**
 * The date finder of the default pipeline.
 * @example createDateFinder().find(prepare('le 11 mai prochain'), ctx)
 */
export function createDateFinder(): Finder {
  return { name: 'date', types: ['date'], find: findDateCandidates };
}
