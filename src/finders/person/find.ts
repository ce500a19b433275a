import type { Doc } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { FindContext } from '../../pipeline.js';
import type { PersonEntity } from '../../types.js';
import { cuesBefore, roleAfter } from './cues.js';
import { nameExtent, type NameSpan } from './extent.js';
import { COUNTRY, hasFact, listedGivenStrengthAt } from './facts.js';
import { addSharedFamilyNames } from './family.js';
import { judge } from './judge.js';
import { opensPersonName, type PersonLexicon } from './lexicon.js';
import { addListedNames } from './lists.js';
import { addMentions, tokensKey } from './mentions.js';
import { Openers } from './openers.js';
import { isCapitalParticleAt, isGluedParticleName, isGluedParticleNameAt, isParticleAt, shoutingLines } from './shape.js';
import { shoutingCandidate } from './shout.js';
import { nameText, personValue } from './value.js';
import { ROLE_NOUN_WORDS } from './roles.js';
import { TITLE_WORDS } from './words.js';
import { SEVERAL_WORDS, tokenWordNumbers } from '../vocabulary.js';
import { sortSmall } from '../../resolve/sort-small.js';

/**
 * Finds people: names that open on a known first name ('Nasser Bourita'), follow a title
 * ('M. Blinken'), a role ('le président Wilson', 'la ministre Catherine Colonna'), a
 * capitalised demonym ('le Géorgien Khvicha Kvaratskhelia'), well-known people and their
 * aliases ('Lula', 'MBS'), and runs of two or more capitalised words that read as a
 * foreign name ('Gorō Shimura'); then the later mentions of their names ('Bourita').
 * @example findPersonCandidates(prepare('le ministre Nasser Bourita et Antony Blinken'), personLexicon())
 *   // [Nasser Bourita (role 'ministre'), Antony Blinken]
 */
export function findPersonCandidates(doc: Doc, lex: PersonLexicon, ctx?: FindContext): PersonEntity[] {
  const out: PersonEntity[] = [];
  const { tokens } = doc;
  const numbers = tokenWordNumbers(tokens);
  // The tokens that may open a name, walked alone by this loop, the lists and the mentions (openers.ts).
  const openers = new Openers(tokens, numbers);
  const shout = shoutingLines(tokens, openers.upperRun);
  let listTitle: { title: string; until: number } | undefined;
  // Runs that name places and things ('aéroport Charles de Gaulle'): no later pass reads a name in them.
  const blocked: Array<[number, number]> = [];
  for (let i = openers.from(0, tokens.length); i < tokens.length; i = openers.from(i + 1, tokens.length)) {
    const t = tokens[i] as Token;
    if (doc.header && t.start < doc.header.end) continue;
    if (!mayStart(tokens, numbers, i)) continue;
    if (shout[i]) {
      const e = shoutingCandidate(doc, i, lex);
      if (e) {
        out.push(e.entity);
        i = e.end - 1;
      }
      continue;
    }
    // A lower-case start is a particle ('de', 'la', 'von') or, when its key is of several words, a
    // glued name ('al-Sissi'). A particle opens a name only before a capitalised word, another
    // particle or a glued name ('de Gaulle', 'de la Fontaine', 'ben al-Assad'): 'de nombreux', 'la
    // ville', 'il y a' are left here, by one look at the next token, before the particle, its run and
    // the cues are read (about half the tokens this loop stops at are particles, most of them so).
    if (!t.cap && numbers[i] !== SEVERAL_WORDS && !mayFollowParticle(tokens, numbers, i + 1)) continue;
    // The cues before a name decide only whether it may open on a particle, and a name never opens
    // on one without their leave (nameExtent). So the name is read first, as if they gave it: a
    // token that opens no name ('Selon', 'ONU', 'Le président') is left before the cues are read.
    const onParticle = isParticleAt(tokens, i) || isCapitalParticleAt(tokens, i) || isGluedParticleNameAt(tokens, i);
    let span = nameExtent(tokens, i, lex, onParticle);
    if (!span) continue;
    // 'MM. Bertoni, Micheli et Tissières': the plural title covers the list that follows it.
    const listed = listTitle && i <= listTitle.until && isListItem(tokens, i) ? listTitle.title : undefined;
    // A name that opens on a particle needs the leave of the cues, which a title from a list gives.
    const cues = cuesBefore(tokens, i, doc.view, lex, onParticle && !listed, span.words.length >= 2);
    if (!cues.title && listed) cues.title = listed;
    // A name opens on a particle after a title ('M. de Villepin', 'Mme von der Leyen'), or after
    // a role when it is not 'de' ('le général von Braun') or the family name is known ('le général
    // de Gaulle'): 'le président de la Bundesbank' is no name.
    if (onParticle && !(cues.title || cues.naming || (cues.roleKind === 'adjacent' && (!DE_WORDS.has(t.key) || knownSurnameAt(tokens, i, lex))))) span = null;
    // 'Monsieur le Président', 'Madame la Ministre': a title and an office, the way one addresses its holder.
    if (onParticle && (t.key === 'le' || t.key === 'la') && !t.cap && ROLE_NOUN_WORDS.at(tokens, numbers, i + 1)) span = null;
    if (!span) continue;
    const verdict = judge(doc, span, cues, lex);
    // 'le spécialiste du Moyen-Orient Gilles Kepel', 'le président de la Chine Xi Jinping', 'le roi
    // de Pologne Étienne Bathory': a run refused for the article before it, or opening on a country,
    // with a first name inside it after a word that is none, is a place or a thing before a name:
    // the name is read again from its first name. (Otherwise the first word is as often a first
    // name the lists lack: 'Bernd Alois Zimmermann'.)
    const placeFirst = (verdict.skip && cues.article) || hasFact(lex, tokens, span.first, COUNTRY);
    if (placeFirst && !cues.title && !verdict.block) {
      const inner = innerGivenName(tokens, span, lex);
      if (inner > i) {
        i = inner - 1;
        continue;
      }
    }
    if (verdict.skip) {
      if (verdict.block) blocked.push([span.first, span.end]);
      // (The dropped run is made only for a `debug` callback that listens: a text drops hundreds.)
      if (ctx && ctx.debugging !== false && verdict.reason) ctx.drop('person', verdict.reason, rejected(doc, span));
      i = span.end - 1;
      continue;
    }
    if (!verdict.score) continue;
    span = verdict.span ?? span;
    const name = nameText(doc.view, tokens, span);
    const value = personValue(name, verdict.known, lex, span.regnal, span.epithet);
    if (cues.title) value.title = cues.title;
    const role = cues.role ?? roleAfter(tokens, span.end, doc.view);
    if (role) value.role = role;
    const start = (tokens[span.first] as Token).start;
    const end = (tokens[span.end - 1] as Token).end;
    out.push({ type: 'person', text: doc.input.slice(start, end), start, end, score: verdict.score, source: verdict.source, normalized: value });
    if (cues.pluralTitle && cues.title) listTitle = { title: cues.title, until: span.end + 24 };
    i = span.end - 1;
  }
  addSharedFamilyNames(doc, out, lex);
  addListedNames(doc, out, lex, openers);
  addMentions(doc, out, lex, shout, openers, blocked);
  return sortSmall(out, (a, b) => a.start - b.start);
}

const DE_WORDS = new Set(['de', 'du', 'des', "d'", 'la', 'le']);

/**
 * The token of a word that opens a person's name (a well-attested first name, the first word of a
 * well-known person) inside a run, after a first word that is no first name and before at least
 * one more word ('Moscou [Benoît] Vitkine', 'la Chine [Xi] Jinping'), or −1. 'Jean-Yves Le Drian',
 * 'Abdel Fattah al-Sissi' open on a first name: none is looked for inside them.
 */
function innerGivenName(tokens: readonly Token[], span: NameSpan, lex: PersonLexicon): number {
  const words = span.words;
  const first = tokens[words[0] ?? -1];
  if (words.length < 3 || !first || listedGivenStrengthAt(lex, tokens, words[0] as number) > 0) return -1;
  for (let w = 1; w < words.length - 1; w++) {
    const t = tokens[words[w] as number];
    if (t && opensPersonName(lex, t.key)) return words[w] as number;
  }
  return -1;
}

/** Whether a well-known family name starts at token `i` ('de Gaulle', 'von der Leyen'). */
function knownSurnameAt(tokens: readonly Token[], i: number, lex: PersonLexicon): boolean {
  for (let len = 2; len <= 4; len++) if (lex.surnames.has(tokensKey(tokens, i, i + len))) return true;
  return false;
}

/** A dropped run as a candidate, for the `debug` callback. */
function rejected(doc: Doc, span: NameSpan): PersonEntity {
  const start = (doc.tokens[span.first] as Token).start;
  const end = (doc.tokens[span.end - 1] as Token).end;
  const text = doc.input.slice(start, end);
  return { type: 'person', text, start, end, score: 0, source: 'person/rejected', normalized: { name: text } };
}

/**
 * A token that may open a name: a capitalised word that is not itself a title ('M.', 'Mme'), or a
 * particle; `numbers` is `tokenWordNumbers(tokens)`.
 */
function mayStart(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== 'word') return false;
  // A glued particle ('al-Sissi') has a key of two words ('al sissi'): the other lower-case words of
  // a text ('les', 'annoncé') are answered by their number, without a look at their text.
  if (!t.cap) return isParticleAt(tokens, i) || (numbers[i] === SEVERAL_WORDS && isGluedParticleName(t));
  // (Asked of every capitalised word: answered by its number, without a lookup of its key in the map.)
  if (TITLE_WORDS.at(tokens, numbers, i)) {
    const next = tokens[i + 1];
    // 'M. Macron', 'Mme Borne', 'Dr House': the title is a cue, not a name.
    if (next?.text === '.' || t.key !== 'm') return false;
  }
  return true;
}

/**
 * Whether token `k` may follow a particle that opens a name: a capitalised word (a name word, a
 * capital particle), another particle, or a word whose key is of two words (a glued name,
 * 'al-Assad' → 'al assad'). Else `nameExtent` finds no name there. (Told by the word number, not
 * by a search of the word's text for a hyphen: 'de nombreux', 'la ville' are most of what comes here.)
 */
function mayFollowParticle(tokens: readonly Token[], numbers: Int32Array, k: number): boolean {
  const next = tokens[k];
  return !!next && (next.cap || numbers[k] === SEVERAL_WORDS || isParticleAt(tokens, k));
}

/** After 'MM. Bertoni', the next names of the list: ', Micheli', 'et Tissières'. */
function isListItem(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && (prev.text === ',' || prev.key === 'et');
}
