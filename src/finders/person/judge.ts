import type { Doc } from '../../text/document.js';
import { tokenOrNone, type Token } from '../../text/tokenize.js';
import { closedByQuote, roleAfter, type Cues } from './cues.js';
import type { NameSpan } from './extent.js';
import type { KnownPerson, PersonLexicon } from './lexicon.js';
import { tokensKey } from './mentions.js';
import { DEMONYM, ENDS_KNOWN, firstWord, givenStrengthAt, hasFact, isSaintName, OPENS_KNOWN, WORD_NAME } from './facts.js';
import { ROLE_NOUN_WORDS } from './roles.js';
import { tokenWordNumbers } from '../vocabulary.js';
import { LOOSE_THING_WORDS, THING_WORDS } from './words.js';
import { LOOSE_THING_WORD, NAMED_AFTER_WORD, THING_WORD, wordClassesAt } from './word-classes.js';

/**
 * A scored reading of a span, or a reason to skip the whole run of capitals. Every field is set
 * (`verdict`, `refused`): one shape for all verdicts, whose every field the finder reads.
 */
export interface Verdict {
  score: number;
  source: string;
  known: KnownPerson | undefined;
  /** The run names a thing ('rue Victor-Hugo', 'Grand Théâtre Lumière'): skip all of it. */
  skip: boolean;
  /** And no later pass may read a name in it ('aéroport Charles de Gaulle', 'Louis Vuitton'). */
  block: boolean;
  /** Why the run is not a person, for the `debug` callback. */
  reason: string | undefined;
  /** Shorter span to use (an unknown name cut before 'de': 'Pakistan de …' → nothing). */
  span: NameSpan | undefined;
}

/** A reading of the span as a person (score 0: none), of a known person, or of a shorter span. */
function verdict(score: number, source: string, known?: KnownPerson, span?: NameSpan): Verdict {
  return { score, source, known, skip: false, block: false, reason: undefined, span };
}

/** No person here, and nothing said of the run: the next token may open a name. */
const NO_PERSON = verdict(0, '');

/** The run is no person, for `reason`: skipped whole when `skip`, closed to the later passes when `block`. */
function refused(reason: string, skip: boolean, block = false): Verdict {
  return { score: 0, source: '', known: undefined, skip, block, reason, span: undefined };
}

const PLACE_PREPOSITIONS = new Set(['a', 'en', 'au', 'aux', 'dans', 'vers', 'sur', 'sous', 'pres', 'depuis', 'via']);

const notPeopleCache = new WeakMap<PersonLexicon, Set<string>>();
function notPeopleFirstWords(lex: PersonLexicon): Set<string> {
  let set = notPeopleCache.get(lex);
  if (!set) {
    set = new Set([...lex.notPeople].map(firstWord));
    notPeopleCache.set(lex, set);
  }
  return set;
}

/**
 * Decides whether a span is a person, and how sure that is: a known person (0.95), a title or
 * a role before it (0.9), a known first name (0.88, 0.75 if rare), a regnal number, a
 * demonym or a looser role, initials, one word after an apposed role (0.7), a foreign shape
 * (a guess, 0.45); or why the whole run is a thing ('rue Victor-Hugo', 'Louis Vuitton').
 * @example judge(doc, span('Nasser Bourita'), {}, lex) // { score: 0.88, source: 'person/given-name' }
 */
export function judge(doc: Doc, span: NameSpan, cues: Cues, lex: PersonLexicon): Verdict {
  const { tokens } = doc;
  // (The span's tokens are read by index: an array of them, made by an arrow, was made for every span judged.)
  const firstAt = span.words[0] as number;
  const first = tokens[firstAt] as Token;
  const n = span.words.length;
  const known = knownPerson(tokens, span, lex);
  // (The lists of thing words answer the first word by its word number: one read for three lists.)
  const numbers = tokenWordNumbers(tokens);
  const firstClasses = wordClassesAt(tokens, numbers, firstAt);
  // 'Affaire Dumas', 'Lycée Jean Moulin' with a capital: the run names a thing from its first word.
  if (cues.namedAfter || (firstClasses & NAMED_AFTER_WORD) !== 0) return refused('names a place or a thing after a person', true, true);
  if (known) return verdict(0.95, 'person/lexicon', known);
  if (isNotPerson(tokens, span, lex)) return refused('a brand, company or place listed as not a person', true, true);
  if (cues.quoted && closedByQuote(tokens, span.end) && !cues.title) return refused('alone between quotes: a title of a work', true);
  const g = givenStrengthAt(lex, tokens, firstAt);
  // 'Grand Théâtre Lumière', 'Telugu Desam Party', 'France Télévisions': a word of a thing's name.
  // A thing word first ('État Marco Rubio' after 'secrétaire d''): only this start is wrong.
  // 'World Rugby', 'Team Emirates': the rest of the run goes with it unless a first name follows.
  if (g === 0 && ((firstClasses & (THING_WORD | LOOSE_THING_WORD)) !== 0 || isSaintName(first.key))) return refused('opens on a word of a thing', n < 2 || givenStrengthAt(lex, tokens, span.words[1] as number) === 0);
  // An epithet is no word of a thing: 'Alexandre le [Grand]'.
  for (let w = 1; w < (span.epithet ? n - 1 : n); w++) if (isThingWordAt(tokens, numbers, span.words[w] as number)) return refused(`'${(tokens[span.words[w] as number] as Token).text}' names a thing`, !cues.title);
  // 'le Géorgien Khvicha…', 'Président Macron': the first word is the cue of the next start.
  // (Its first name asked first: a first name is neither; the role nouns answer by word number.)
  if (g === 0 && !cues.title && n >= 1 && (hasFact(lex, tokens, firstAt, DEMONYM) || ROLE_NOUN_WORDS.at(tokens, numbers, firstAt))) return NO_PERSON;
  if (cues.title) return verdict(0.9, 'person/title');
  if (cues.roleKind === 'adjacent') return verdict(0.9, 'person/role');
  if (cues.article) return refused('an article before it, no role', true);
  // English words around: a title or a band ('The Late Show with Stephen Colbert', 'My Funny Valentine', 'Frankie Goes to Hollywood').
  if (ENGLISH_BEFORE.has(tokenOrNone(tokens, span.first - 1)?.key ?? '') || ENGLISH_AFTER.has(tokens[span.end]?.key ?? '')) return refused('inside an English title', true);
  const wordAtStart = first.sentenceStart && hasFact(lex, tokens, firstAt, WORD_NAME);
  if (n >= 2 && g >= 2 && !wordAtStart) return verdict(0.88, 'person/given-name');
  if (span.regnal && n >= 2 && g > 0) return verdict(0.88, 'person/regnal');
  // 'Charles le Téméraire', 'Pline le Jeune': a name and an epithet, with or without a known first name.
  if (span.epithet && n === 2 && !cues.thing) return verdict(g > 0 ? 0.88 : 0.8, 'person/epithet');
  if (n >= 2 && (cues.demonym || cues.roleKind)) return verdict(0.85, cues.demonym ? 'person/demonym' : 'person/role');
  if (n >= 2 && g >= 1 && !cues.thing) return verdict(wordAtStart ? 0.6 : 0.75, 'person/given-name');
  if (n >= 2 && span.initials > 0 && span.initials < n && (tokens[span.words[n - 1] as number] as Token).text.length > 1) return verdict(0.8, 'person/initials');
  // One word and a looser cue: not after a preposition of place ('à Hillion, le maire…').
  const placeBefore = PLACE_PREPOSITIONS.has(tokenOrNone(tokens, span.first - 1)?.key ?? '');
  if (n === 1 && !placeBefore && (cues.naming || cues.roleKind === 'apposition' || cues.roleKind === 'complement') && !first.sentenceStart) return verdict(0.7, 'person/role');
  if (n === 1 && !placeBefore && !first.sentenceStart && span.initials === 0 && roleAfter(tokens, span.end, doc.view) && !hasFact(lex, tokens, firstAt, DEMONYM)) return verdict(0.65, 'person/role');
  if (n >= 2 && !cues.thing) return shapeVerdict(doc, span, lex);
  return NO_PERSON;
}

/**
 * The well-known person the span names whole ('Emmanuel Macron', 'Lula'): asked of the people map
 * only when the span opens on a word such a name opens with and ends on one such a name ends with
 * (`ENDS_KNOWN`, see knownKeyEnds): 'Jean Dupont' ends none, and its key is not built.
 */
function knownPerson(tokens: readonly Token[], span: NameSpan, lex: PersonLexicon): KnownPerson | undefined {
  if (!hasFact(lex, tokens, span.first, OPENS_KNOWN)) return undefined;
  // The key leaves punctuation out: 'Nahel M.' ends on 'M'.
  let last = span.end - 1;
  while (last > span.first && (tokens[last] as Token).kind === 'punct') last--;
  if (!hasFact(lex, tokens, last, ENDS_KNOWN)) return undefined;
  return lex.people.get(tokensKey(tokens, span.first, span.end));
}

/** 'Louis Vuitton', 'Paris Saint-Germain': the span, or its first words, name a brand or a place. */
function isNotPerson(tokens: readonly Token[], span: NameSpan, lex: PersonLexicon): boolean {
  if (!lex.notPeople.size || !notPeopleFirstWords(lex).has(firstWord((tokens[span.first] as Token).key))) return false;
  for (let e = span.first + 2; e <= span.end + 1 && e <= tokens.length; e++) if (lex.notPeople.has(tokensKey(tokens, span.first, e))) return true;
  return false;
}

/**
 * Two or more capitalised words with no known first name: 'Gorō Shimura', 'Khvicha
 * Kvaratskhelia'. A guess (0.45, under the resolver's confidence line): any confident place or
 * organisation that overlaps it wins, however short ('Galatasaray [Istanbul]'). A particle
 * 'de' is not allowed in it ('Pakistan de Shehbaz…' is not a name).
 */
function shapeVerdict(doc: Doc, span: NameSpan, lex: PersonLexicon): Verdict {
  const { tokens } = doc;
  let s = span;
  if (span.deAt >= 0) {
    const words = span.words.filter((w) => w < span.deAt);
    if (words.length < 2) return NO_PERSON;
    s = { first: span.first, end: (words[words.length - 1] as number) + 1, words, deAt: span.deAt, regnal: false, initials: span.initials, epithet: span.epithet };
  }
  const words = s.words.map((w) => tokens[w] as Token);
  // Four unknown capitalised words or more are a title or a name of a thing ('Small Furry Animals Gathered Together').
  if (s.initials > 0 || s.regnal || words.length > 3) return NO_PERSON;
  // A hyphenated word is asked by its first word ('Inter' of 'Inter-Milan'): the list holds single words.
  for (const at of s.words) {
    const w = tokens[at] as Token;
    if (w.end - w.start < 2 || hasFact(lex, tokens, at, DEMONYM) || LOOSE_THING_WORDS.has(firstWord(w.key))) return NO_PERSON;
  }
  const prev = tokens[s.first - 1];
  const next = tokens[s.end];
  // English titles and bands ('The Perfect Match', 'Eagles of Death Metal', 'Light & Magic'), works
  // between quotes ('« Perfect Days »'), places after a preposition ('sur Mega Drive', 'dans …').
  if (prev && (SHAPE_NOT_AFTER.has(prev.key) || OPEN_QUOTE.has(prev.text))) return NO_PERSON;
  if (next && (ENGLISH_JOINERS.has(next.key) || CLOSE_QUOTE.has(next.text) || next.text === '&')) return NO_PERSON;
  const first = words[0] as Token;
  // 'Concernant Bomis', 'Remplaçant Hirving Lozano': a French word opening the sentence.
  if (first.sentenceStart && FRENCH_WORD_END.test(first.key)) return NO_PERSON;
  // 'Voies Navigables', 'Sécurités Sociales': a plural French adjective at the end.
  if (PLURAL_ADJECTIVE_END.test((words[words.length - 1] as Token).key)) return NO_PERSON;
  return verdict(first.sentenceStart ? 0.4 : 0.45, 'person/shape', undefined, s);
}

const ENGLISH_BEFORE = new Set(['the', 'of', 'my', 'with', 'your', 'our', 'his', 'her', 'their']);
const ENGLISH_AFTER = new Set(['of', 'the', 'is', 'goes', 'and', 'was', 'are', 'in']);

// Words before a guessed name; those of ENGLISH_BEFORE ('the', 'my'…) refused the run in `judge` already.
const SHAPE_NOT_AFTER = new Set(['and', 'in', 'for', 'on', 'to', 'from', 'by', 'sur', 'dans', 'en', 'des', 'vers', 'via', 'pres', 'chez', 'sous']);
// Words after a guessed name; those of ENGLISH_AFTER ('of', 'the', 'and', 'in') refused the run in `judge` already
// (a name cut before its 'de' is followed by a particle, never by one of these).
const ENGLISH_JOINERS = new Set(['s', 'for', 'on', 'at', 'to', 'from', 'with']);
const OPEN_QUOTE = new Set(['«', '"', '“', '‹']);
const CLOSE_QUOTE = new Set(['»', '"', '”', '›']);
const PLURAL_ADJECTIVE_END = /(?:ables|ibles|iques|elles|ennes|euses|ives|ees|istes)$/;
// ('-es' covers '-ées', '-iques', '-euses', '-ières', '-elles', '-ues'.)
const FRENCH_WORD_END = /(?:ant|ants|ment|ons|ez|aient|ait|ais|eux|euse|ique|isme|tion|tions|sion|ee|es|eurs|els|aux)$/;

/**
 * A word of a thing's name, or a hyphenated place ('Sainte-Croix').
 * @example isThingWord(prepare('Party').tokens[0]) // true
 */
export function isThingWord(t: Token): boolean {
  // 'Sainte-Croix', 'Saint-Germain': a hyphenated place name.
  return THING_WORDS.has(t.key) || isSaintName(t.key);
}

/** `isThingWord(tokens[i])`, the list answered by the word number (word-classes.ts). */
function isThingWordAt(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
  return (wordClassesAt(tokens, numbers, i) & THING_WORD) !== 0 || isSaintName((tokens[i] as Token).key);
}

