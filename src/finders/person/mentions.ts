import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import type { PersonEntity, PersonValue } from '../../types.js';
import { cuesBefore, roleAfter } from './cues.js';
import type { PersonLexicon } from './lexicon.js';
import { tokenAt } from '../../text/token-search.js';
import { canonicalValue, titleCase } from './value.js';
import { singleSpaced } from './single-spaced.js';
import { ROLE_NOUN_WORDS } from './roles.js';
import { PARTICLES } from './words.js';
import { addFirstWords, ENDS_KNOWN, firstWord, hasFact, OPENS_KNOWN } from './facts.js';
import { forgetShortForms, shortFormsOfName } from './short-forms.js';
import { addKeyEnds } from './key-ends.js';
import { NumberedWords, SEVERAL_WORDS, tokenWordNumbers } from '../vocabulary.js';
import { scratchBytes } from '../../text/scratch.js';
import type { Openers } from './openers.js';

/**
 * The key of tokens [a, b): their keys joined, elisions glued, punctuation left out.
 * @example tokensKey(prepare("Anne L'Huillier").tokens, 0, 3) // "anne l'huillier"
 */
export function tokensKey(tokens: readonly Token[], a: number, b: number): string {
  let key = '';
  const stop = Math.min(b, tokens.length);
  for (let k = Math.max(0, a); k < stop; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') continue;
    key += key === '' || key.endsWith("'") ? t.key : ' ' + t.key;
  }
  return key;
}

/**
 * Second pass over the document: the mentions of a person by a short form of a name found
 * in it ('Bourita' after 'Nasser Bourita', 'M. al-Soudani', 'MBS'), by a well-known alias
 * ('Lula'), or by the family name of one well-known person ('Macron'). The canonical name
 * is settled later by the coreference resolver, which sees the whole document.
 * `openers` are the document's tokens that may open a mention (openers.ts); the others are not read.
 * @example addMentions(prepare('Nasser Bourita a parlé. Bourita a signé.'), found, lex, shout, openers) // adds 'Bourita'
 */
export function addMentions(doc: Doc, out: PersonEntity[], lex: PersonLexicon, shout: Uint8Array, openers: Openers, blocked: ReadonlyArray<readonly [number, number]> = []): void {
  const { tokens } = doc;
  forgetShortForms();
  const covered = scratchBytes(tokens.length);
  for (const [a, b] of blocked) for (let k = a; k < b && k < tokens.length; k++) covered[k] = 1;
  const forms = new Map<string, PersonValue>();
  const acronyms = new Map<string, PersonValue>();
  // How sure the antecedent was: a mention of a guessed name ('Ferenc Krausz' by its shape) stays a guess.
  const sureness = new Map<PersonValue, number>();
  for (const e of out) {
    const a = tokenAt(tokens, e.start);
    let b = a;
    while (b < tokens.length && (tokens[b] as Token).end <= e.end) b++;
    for (let k = a; k >= 0 && k < b; k++) covered[k] = 1;
    if (a < 0 || e.score < 0.45) continue;
    sureness.set(e.normalized, e.score);
    if (e.normalized.name.indexOf(' ') < 0) continue;
    const keys = tokensKeys(tokens, a, b);
    if (keys.length < 2) continue;
    const f = shortFormsOfName(e.normalized.name, keys, lex);
    // A guessed name's first word alone is no mention of it: 'Rennes Métropole' read by its shape does
    // not make every 'Rennes' (a dateline's 'RENNES') a person.
    const guessFirst = e.score < GUESS && keys.length >= 2 ? keys[0] : undefined;
    for (const k of f.keys) if (k !== guessFirst) forms.set(k, e.normalized);
    for (const k of f.initials) acronyms.set(k, e.normalized);
  }
  const numbers = tokenWordNumbers(tokens);
  const docFirst = new Set<string>();
  for (const k of forms.keys()) addFirstWords(docFirst, k);
  const docEnds = new Set<string>();
  for (const k of forms.keys()) addKeyEnds(docEnds, k);
  // A lower-case mention opens on a particle ('de Gaulle', 'al-Assad'), and so must the known name or
  // the name of the document it stands for: in most texts none of the document's names opens on one,
  // and a lower-case word that opens no known name ('les', 'annoncé') is left before its text is read.
  // (A hyphenated word's facts are read on demand, dearer than its text: it is left to the pattern.)
  const particleForms = MENTION_PARTICLE_KEYS.some((p) => docFirst.has(p));
  // (A mention opens on a capitalised word or a particle, 'de Gaulle', 'al-Assad': on an opener.)
  openers.restart();
  for (let i = openers.from(0, tokens.length); i < tokens.length; i = openers.from(i + 1, tokens.length)) {
    const t = tokens[i] as Token;
    if (covered[i] || t.kind !== 'word' || (doc.header && t.start < doc.header.end)) continue;
    if (!t.cap && !particleForms && numbers[i] !== SEVERAL_WORDS && !hasFact(lex, tokens, i, OPENS_KNOWN)) continue;
    // A mention is capitalised or opens on a particle: most lower-case words stop here, before any lookup.
    if (!t.cap && !opensOnParticle(tokens, numbers, i)) continue;
    // 'Monsieur le Maire', 'la Présidente': an office after a lower-case article is no 'Le Maire'.
    if ((t.key === 'le' || t.key === 'la') && !t.cap && ROLE_NOUN_WORDS.at(tokens, numbers, i + 1)) continue;
    // The token's facts decide for most other tokens: no alias or surname of the lexicon opens with this
    // word, and no short form of the document's names ('bruni' of 'Bruni-Sarkozy' is the first word).
    if (!hasFact(lex, tokens, i, OPENS_KNOWN) && !docFirst.has(firstWord(t.key)) && !(t.upper && acronyms.has(t.text))) continue;
    for (let len = freeRun(tokens, covered, i); len >= 1; len--) {
      const last = tokens[i + len - 1] as Token;
      // (A hyphenated word's key is of several words: the others are told by their number, before their text is searched.)
      if (last.kind !== 'word' || !(last.cap || (numbers[i + len - 1] === SEVERAL_WORDS && last.text.indexOf('-') > 0 && /^(?:al|el|ad|ben|bin|abu|abou)-/.test(last.text)))) continue;
      // No name of the lexicon or of the document ends on this word ('de la France', 'le Conseil'): its key is not built.
      if (!hasFact(lex, tokens, i + len - 1, ENDS_KNOWN) && !docEnds.has(last.key) && !(len === 1 && t.upper)) continue;
      const key = tokensKey(tokens, i, i + len);
      const written = doc.view.slice(t.start, last.end);
      const candidate = lex.people.get(key);
      const alias = candidate && (candidate.aliases ?? []).includes(written) ? candidate : undefined;
      const fromDoc = forms.get(key) ?? (len === 1 && t.upper ? acronyms.get(t.text) : undefined);
      const known = lex.surnames.get(key);
      if (!fromDoc && !alias && !known) continue;
      // A lone word that opens a sentence is weaker: 'Berger' may be the common noun.
      const next = tokens[i + len];
      if (next && next.kind === 'word' && next.cap && !next.upper && next.spaceBefore === ' ' && !PARTICLES.has(next.key)) break; // 'Macron Jean' is not a mention
      const prev = tokens[i - 1];
      const cues = cuesBefore(tokens, i, doc.view, lex);
      if (cues.namedAfter) break;
      if (!fromDoc && !alias && (cues.article || cues.thing || t.upper)) break; // 'le groupe Bolloré' is the company
      if (len === 1 && cues.thing) break; // 'le conglomérat indien Tata' after 'J. R. D. Tata'
      if (prev?.text === '.' && prev.start === tokens[i - 2]?.end && tokens[i - 2]?.kind === 'word' && (tokens[i - 2] as Token).end - (tokens[i - 2] as Token).start === 1 && !cues.title) break; // 'J. Tata' is an initial
      const start = t.start;
      const end = last.end;
      const text = doc.input.slice(start, end);
      const name = shout[i] ? titleCase(text.replace(/\s+/g, ' ')) : singleSpaced(doc.view.slice(start, end));
      const value: PersonValue = alias && !fromDoc ? canonicalValue(alias) : { name, familyName: name };
      if (cues.title) value.title = cues.title;
      const role = cues.role ?? roleAfter(tokens, i + len, doc.view);
      if (role) value.role = role;
      const score = fromDoc ? Math.min(0.85, (sureness.get(fromDoc) ?? 0.85) + 0.2) : alias ? 0.85 : t.sentenceStart ? 0.7 : 0.8;
      out.push({ type: 'person', text, start, end, score, source: fromDoc ? 'person/mention' : alias ? 'person/alias' : 'person/surname', normalized: value });
      for (let k = i; k < i + len; k++) covered[k] = 1;
      i += len - 1;
      break;
    }
  }
}

/** Under this score a name is a guess from its shape ('Gorō Shimura', 0.45). */
const GUESS = 0.5;


// Lower-case words a mention may open on: 'al-Soudani', 'von der Leyen', 'de Gaulle', 'ben Salmane'
// (the same words twice: the pattern, a literal the regex audit checks, and their word numbers).
// (The pattern is asked of hyphenated words only: the particle ends at its hyphen.)
const MENTION_PARTICLE = /^(?:al|el|ad|ben|bin|von|van|de|le|la|du|abu|abou)-/;
const MENTION_PARTICLE_KEYS = ['al', 'el', 'ad', 'ben', 'bin', 'von', 'van', 'de', 'le', 'la', 'du', 'abu', 'abou'];
const MENTION_PARTICLE_WORDS = new NumberedWords(MENTION_PARTICLE_KEYS);

/**
 * Whether the lower-case token `i` is a particle a mention may open on (`MENTION_PARTICLE`): one
 * before a hyphen ('al-Soudani') by the pattern; one alone ('de', 'von') by its word number, and
 * as written, so that the short words of every sentence ('et', 'les', 'une') run no pattern.
 */
function opensOnParticle(tokens: readonly Token[], numbers: Int32Array, i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text.indexOf('-') > 0) return MENTION_PARTICLE.test(t.text);
  return MENTION_PARTICLE_WORDS.at(tokens, numbers, i) && t.text === t.key;
}

/**
 * How many tokens from `i` a mention may take: four at most, none covered by a name already
 * read, none on the next line ('Macron' ending a line and 'Jean' opening the next are two words).
 */
function freeRun(tokens: readonly Token[], covered: Uint8Array, i: number): number {
  let len = 0;
  while (len < 4 && i + len < tokens.length && !covered[i + len] && (len === 0 || !breaksLine(tokens[i + len] as Token))) len++;
  return len;
}

/** The token keys of a name, elisions glued to the next word. */
function tokensKeys(tokens: readonly Token[], a: number, b: number): string[] {
  const keys: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') continue;
    const prevKey = keys.length > 0 ? keys[keys.length - 1] : undefined;
    if (prevKey !== undefined && prevKey.endsWith("'")) keys[keys.length - 1] = prevKey + t.key;
    else keys.push(t.key);
  }
  return keys;
}
