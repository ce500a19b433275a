import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import type { OrganizationValue } from '../../types.js';
import { abbreviates, initialsShare, looksLikeAcronym } from './acronym.js';
import { recordValue, writtenName, type OrgCandidate } from './candidate.js';
import type { OrganizationLexicon, OrganizationRecord } from './lexicon.js';
import { keyOf } from './phrase.js';
import { CAPITAL_HEADS, LOWER_HEADS } from './words.js';
import { wordSet } from '../place-context.js';

/** An acronym the document defines, and what it stands for there. */
export interface Definition {
  acronym: string;
  value: OrganizationValue;
}

// Lower-case words a defined organisation may start with: 'le gouvernement d'unité nationale (GUN)' (the heads hold
// 'forces', 'brigade', 'collectif', 'groupe').
const LOWER_STARTS = /* @__PURE__ */ wordSet(() => [...CAPITAL_HEADS, ...LOWER_HEADS, 'gouvernement', 'milice', 'cellule']);
// Capitalised words that start defined things which are not organisations: 'Jeux olympiques (JO)',
// 'Produit intérieur brut (PIB)', 'Loi de programmation militaire (LPM)', 'Zone économique exclusive (ZEE)'.
const NOT_ORGANIZATIONS = new Set([
  'jeux', 'coupe', 'championnat', 'championnats', 'sommet', 'festival', 'salon', 'tour', 'traite', 'accord', 'accords', 'loi', 'pacte',
  'plan', 'produit', 'taux', 'indice', 'zone', 'impot', 'taxe', 'intelligence', 'syndrome', 'virus', 'maladie', 'prix', 'journee',
  'journees', 'semaine', 'annee', 'exposition', 'operation', 'guerre', 'reglement', 'directive', 'convention', 'contrat', 'revenu',
  'salaire', 'allocation', 'prestation', 'regime', 'systeme', 'mecanisme', 'dispositif', 'ligne', 'train', 'avion', 'missile',
  'projet', 'procedure', 'declaration', 'charte', 'code', 'constitution', 'statut', 'zones', 'objectifs', 'objectif',
  'programme', 'conference', 'reacteur', 'centrale', 'vaccin', 'test', 'carte', 'permis', 'certificat', 'diplome', 'examen',
]);
const BREAKS = new Set(['.', ';', ':', '(', ')', '«', '»', '"', '!', '?', '[', ']', '—', '–']);

/**
 * Organisations the text defines with their acronym, both ways: 'la Communauté économique des
 * États de l'Afrique de l'Ouest (Cedeao)', 'le Parti des travailleurs du Kurdistan (PKK)', 'le
 * CNSP (Conseil national pour la sauvegarde de la patrie)'. The long form is the name that
 * another rule found just before the parenthesis, else the shortest words the acronym
 * abbreviates (Schwartz and Hearst); both spans get the same value.
 * @example findDefinitions(prepare('le Conseil national pour la sauvegarde de la patrie (CNSP)'), organizationLexicon(), [])
 */
export function findDefinitions(doc: Doc, lex: OrganizationLexicon, found: readonly OrgCandidate[]): { candidates: OrgCandidate[]; definitions: Definition[] } {
  const candidates: OrgCandidate[] = [];
  const definitions: Definition[] = [];
  const { tokens } = doc;
  const endingAt = new Map<number, OrgCandidate>();
  for (const c of found) {
    const prev = endingAt.get(c.last);
    if (!prev || c.last - c.first > prev.last - prev.first) endingAt.set(c.last, c);
  }
  for (let p = 1; p < tokens.length - 2; p++) {
    if ((tokens[p] as Token).text === ',') {
      const alias = longBeforeAlias(doc, lex, p, endingAt);
      if (alias) {
        candidates.push(...alias.candidates);
        definitions.push(alias.definition);
        p += 2;
      }
      continue;
    }
    if ((tokens[p] as Token).text !== '(') continue;
    const close = tokens[p + 2]?.text === ')' ? p + 2 : tokens[p + 3]?.text === ')' ? p + 3 : -1;
    if (close > 0) {
      const def = longBeforeAcronym(doc, lex, p, close, endingAt);
      if (def) {
        candidates.push(...def.candidates);
        definitions.push(def.definition);
        p = close;
        continue;
      }
    }
    const def = longInsideParentheses(doc, lex, p);
    if (def) {
      candidates.push(...def.candidates);
      definitions.push(def.definition);
    }
  }
  return { candidates, definitions };
}

/** 'Long form (ACR)'. */
function longBeforeAcronym(doc: Doc, lex: OrganizationLexicon, p: number, close: number, endingAt: Map<number, OrgCandidate>) {
  const { tokens } = doc;
  const inner = tokens.slice(p + 1, close);
  // 'CNSP', 'Cedeao', 'Africa CDC': the last word an acronym, any word before it capitalised.
  const acr = inner[inner.length - 1];
  if (!looksLikeAcronym(acr) || !inner.every((t) => t.kind === 'word' && t.cap && !breaksLine(t))) return null;
  // 'Africa CDC' but not '(Frédéric Lemoine)': in two words, the last is in capitals; no model numbers ('CA-14').
  if ((inner.length > 1 && !(acr as Token).upper) || /-\d/.test((acr as Token).text)) return null;
  const acronym = writtenName(doc, tokens, p + 1, close);
  const strong = (acr as Token).upper || inner.length > 1;
  const previous = endingAt.get(p);
  const aligned = alignedLongForm(tokens, p, acronym, strong);
  let first: number;
  let value: OrganizationValue;
  // A known acronym after a name it does not abbreviate is a credit or an aside: '… selon le ministère de l'Intérieur (AFP)';
  // an unknown one must be a real acronym, one word in capitals ('le Parti des travailleurs du Kurdistan (PKK)').
  // A word in lower case after its capital ('Frutcas', 'Ibama') is an acronym when it starts like the name's initials:
  // 'Fédération régionale unique des travailleurs paysans de l'Altiplano Sud (Frutcas)'; not 'Thales (Toulouse)'.
  const initialed = !!previous && initialsShare(acronym, tokens.slice(previous.first, previous.last).filter((t) => t.kind === 'word').map((t) => t.text)) >= 0.4;
  const usable = previous && ((acr as Token).upper || !!aligned || initialed || (inner.length === 1 && (clipped(acronym, tokens, previous) || labelled(acronym, tokens, previous)))) && (!lex.byKey.has((acr as Token).key) || abbreviates(acronym, tokens.slice(previous.first, previous.last).filter((t) => t.kind !== 'punct').map((t) => t.text)));
  if (previous && usable && (aligned === null || aligned >= previous.first)) {
    first = previous.first;
    value = previous.value.acronym ? previous.value : { ...previous.value, acronym };
  } else if (previous && refines(lex, acr as Token, previous)) {
    first = previous.first;
    value = recordValue(lex.byKey.get((acr as Token).key) as OrganizationRecord);
  } else if (aligned !== null) {
    first = aligned;
    const known = lex.byKey.get(keyOf(tokens, first, p));
    value = known ? recordValue(known) : { name: writtenName(doc, tokens, first, p), acronym };
    if (!value.acronym) value.acronym = acronym;
  } else return null;
  const definition: Definition = { acronym, value };
  return {
    definition,
    candidates: [
      { first, last: p, score: 0.9, source: 'organization/definition', value },
      // Above a country's results code of the same letters: 'la Société du Grand Paris (SGP)' is no athlete's Singapore.
      { first: p + 1, last: close, score: 0.92, source: 'organization/definition', value },
    ],
  };
}

/**
 * A known acronym whose full name goes on from the name before it names that body exactly, even when its letters
 * come from another language: 'le Parti social-démocrate (SPD)' is the 'Parti social-démocrate d'Allemagne'.
 */
function refines(lex: OrganizationLexicon, acr: Token, previous: OrgCandidate): boolean {
  const known = lex.byKey.get(acr.key);
  const name = previous.value.name.toLowerCase();
  return !!known && !!acr.upper && known.name.length > name.length && known.name.toLowerCase().startsWith(`${name} `);
}

/**
 * A short form clipped from the name's words rather than made of its initials, when a rule found the name just
 * before the parenthesis: 'le Ghana Cocoa Board (Cocobod)', 'la Corporación de Fomento de la Producción (Corfo)'.
 * Its letters fall in order in the name, it has four letters at least, and its first letter starts a capitalised
 * word of the name ('Thales (Toulouse)', 'la Société générale (Paris)' are places).
 */
function clipped(acronym: string, tokens: readonly Token[], previous: OrgCandidate): boolean {
  if (acronym.length < 4) return false;
  const words = tokens.slice(previous.first, previous.last).filter((t) => t.kind === 'word');
  const initial = fold1(acronym);
  for (let x = 0; x < words.length; x++) {
    const w = words[x] as Token;
    if (w.cap && fold1(w.text) === initial) return abbreviates(acronym, words.slice(x).map((t) => t.text));
  }
  return false;
}

/**
 * An acronym in capitals joined by a hyphen to a word, a label the body goes by: 'l'Association française contre les
 * myopathies (AFM-Téléthon)'. The capitals must fall on the name's initials.
 */
function labelled(acronym: string, tokens: readonly Token[], previous: OrgCandidate): boolean {
  const m = /^(\p{Lu}{2,6})-\p{Lu}\p{Ll}+$/u.exec(acronym);
  if (!m) return false;
  const words = tokens.slice(previous.first, previous.last).filter((t) => t.kind === 'word').map((t) => t.text);
  return abbreviates(m[1] as string, words) && initialsShare(m[1] as string, words) >= 0.75;
}

// Words that give a name its short form after a comma: 'l'Agence de l'environnement et de la maîtrise de
// l'énergie, dite Ademe', 'la Société des auteurs, compositeurs et éditeurs de musique, ou Sacem'.
const ALIAS_CUES = new Set(['dit', 'dite', 'dits', 'dites', 'ou', 'alias', 'appele', 'appelee', 'surnomme', 'surnommee']);
const ALIAS_ENDS = new Set([',', '.', ';', ':', ')', '»']);

/**
 * 'Long form, dite ACR' and 'Long form, ou ACR': one capitalised word between the cue and a
 * punctuation mark. After 'ou' (which also joins two names: 'la CGT, ou FO') the word must
 * abbreviate the long form; after 'dite' it need only start like it ('Société nationale
 * d'électricité du Sénégal, dite Senelec').
 */
function longBeforeAlias(doc: Doc, lex: OrganizationLexicon, p: number, endingAt: Map<number, OrgCandidate>) {
  const { tokens } = doc;
  const cue = tokens[p + 1];
  const acr = tokens[p + 2];
  const after = tokens[p + 3];
  if (!cue || cue.cap || !ALIAS_CUES.has(cue.key) || !acr || !looksLikeAcronym(acr) || NOT_ORGANIZATIONS.has(acr.key)) return null;
  if (after && !ALIAS_ENDS.has(after.text)) return null;
  const acronym = acr.text;
  const strong = !!acr.upper;
  const previous = endingAt.get(p);
  const longWords = (c: OrgCandidate) => tokens.slice(c.first, c.last).filter((t) => t.kind !== 'punct').map((t) => t.text);
  const abbreviated = !!previous && abbreviates(acronym, longWords(previous)) && initialsShare(acronym, longWords(previous)) >= 0.5;
  // A long form of three words or more: 'le Medef, dit Martin' is a speaker.
  const named = cue.key !== 'ou' && !!previous && previous.last - previous.first >= 3 && fold1(longWords(previous)[0]) === fold1(acronym);
  // A known name of another organisation is a second organisation, not this one's short form.
  const other = lex.byKey.get(acr.key);
  let first: number;
  let value: OrganizationValue;
  if (previous && (abbreviated || named) && (!other || abbreviated)) {
    first = previous.first;
    value = previous.value.acronym ? previous.value : { ...previous.value, acronym };
  } else {
    const aligned = alignedLongForm(tokens, p, acronym, strong);
    if (aligned === null || (other && !abbreviated)) return null;
    first = aligned;
    const known = lex.byKey.get(keyOf(tokens, first, p));
    value = known ? recordValue(known) : { name: writtenName(doc, tokens, first, p), acronym };
    if (!value.acronym) value.acronym = acronym;
  }
  return {
    definition: { acronym, value } as Definition,
    candidates: [
      { first, last: p, score: 0.9, source: 'organization/definition', value } as OrgCandidate,
      { first: p + 2, last: p + 3, score: 0.9, source: 'organization/definition', value } as OrgCandidate,
    ],
  };
}

function fold1(word: string | undefined): string {
  return (word ?? '').normalize('NFD').charAt(0).toLowerCase();
}

/**
 * The first token of the shortest words before `p` that `acronym` abbreviates, within the
 * sentence and at most min(n + 5, 2n) + 2 words back (n = its letters), or null.
 */
function alignedLongForm(tokens: readonly Token[], p: number, acronym: string, strong: boolean): number | null {
  const n = acronym.replace(/[^\p{L}]/gu, '').length;
  const maxWords = Math.min(n + 5, 2 * n) + 2;
  const words: string[] = [];
  let count = 0;
  for (let s = p - 1; s >= 0 && count <= maxWords; s--) {
    const t = tokens[s] as Token;
    if (BREAKS.has(t.text) || breaksLine(tokens[s + 1] as Token) && s < p - 1) break;
    words.unshift(t.text);
    if (t.kind === 'punct') continue;
    if (t.kind === 'word' || t.kind === 'number') count++;
    if (t.kind === 'elision') continue;
    const starts = t.cap ? !NOT_ORGANIZATIONS.has(t.key) : LOWER_STARTS.has(t.key) && strong;
    if (!starts) continue;
    const content = words.filter((w) => /\p{L}/u.test(w));
    // One word is a name, not a long form: 'le Chicago (CA-14)'.
    if (content.length < 2 || !abbreviates(acronym, content)) continue;
    // A title-case acronym ('Cedeao') must fall on initials well enough not to be a coincidence.
    if (!strong && initialsShare(acronym, content) < 0.75) continue;
    return s;
  }
  return null;
}

/** 'ACR (Long form)': 'le CNSP (Conseil national pour la sauvegarde de la patrie)'. */
function longInsideParentheses(doc: Doc, lex: OrganizationLexicon, p: number) {
  const { tokens } = doc;
  const acr = tokens[p - 1];
  if (!acr || !acr.upper || !looksLikeAcronym(acr)) return null;
  let close = -1;
  for (let k = p + 1; k < Math.min(tokens.length, p + 20); k++) {
    const t = tokens[k] as Token;
    if (t.text === ')') {
      close = k;
      break;
    }
    if (BREAKS.has(t.text) || breaksLine(t)) return null;
  }
  if (close < p + 3) return null;
  const firstWord = tokens[p + 1] as Token;
  if (!firstWord.cap || NOT_ORGANIZATIONS.has(firstWord.key)) return null;
  const words = tokens.slice(p + 1, close).filter((t) => t.kind !== 'punct').map((t) => t.text);
  if (!abbreviates(acr.text, words) || initialsShare(acr.text, words) < 0.5) return null;
  const known = lex.byKey.get(keyOf(tokens, p + 1, close)) ?? lex.byKey.get(acr.key);
  const value: OrganizationValue = known ? recordValue(known) : { name: writtenName(doc, tokens, p + 1, close), acronym: acr.text };
  return {
    definition: { acronym: acr.text, value },
    candidates: [
      { first: p - 1, last: p, score: 0.9, source: 'organization/definition', value },
      { first: p + 1, last: close, score: 0.9, source: 'organization/definition', value },
    ],
  };
}
