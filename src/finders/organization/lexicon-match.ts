import type { Doc } from '../../text/document.js';
import { breaksLine, type Token } from '../../text/tokenize.js';
import { recordValue, type OrgCandidate } from './candidate.js';
import { NOT_ORGANIZATION_KINDS, isAcronymForm, type LexiconHit, type OrganizationLexicon } from './lexicon.js';
import { ARTICLES, CAPITAL_HEADS, COMPASS, HEAD_PREFIXES } from './words.js';
import { CONTRACTED } from '../place-context.js';
import { phraseKey } from '../phrase-index.js';
import { SEVERAL_WORDS, tokenWordNumbers } from '../vocabulary.js';

const TITLES = new Set(['mme', 'mmes', 'mlle', 'mademoiselle', 'madame', 'monsieur', 'me', 'dr', 'pr', 'mgr']);
// Elected people named with their party's acronym before their name: 'le député LFI Manuel Bompard', 'la sénatrice LR
// Valérie Boyer', 'l'élu RN Julien Odoul'. The acronym is the party, the name after it a person.
const ELECTED = new Set(['depute', 'deputee', 'deputes', 'deputees', 'senateur', 'senatrice', 'senateurs', 'elu', 'elue', 'elus', 'eurodepute', 'eurodeputee', 'maire', 'conseiller', 'conseillere', 'candidat', 'candidate', 'militant', 'militante', 'president', 'presidente', 'ministre', 'porte parole', 'cadre', 'dirigeant', 'dirigeante', 'responsable', 'secretaire']);

/** A party's acronym after a lower-case word for an elected or a member: 'le député [LFI] Manuel Bompard'. */
function partyOfAnElected(v: LexiconHit, prev: Token | undefined): boolean {
  return v.org.kind === 'party' && v.acronym && !!prev && !prev.cap && ELECTED.has(prev.key);
}

const PERSON_RANKS = new Set(['general', 'colonel', 'marechal', 'capitaine', 'lieutenant', 'amiral', 'commandant', 'sergent', 'caporal', 'docteur', 'professeur', 'abbe', 'cardinal', 'senateur', 'depute', 'juge', 'maitre', 'pere', 'soeur', 'frere']);
const ARTICLES_BEFORE = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'ce', 'cette', 'au', 'aux', 'du', 'des']);

/**
 * Names, acronyms and aliases of the lexicon: 'l'OTAN', 'Daech' → État islamique,
 * 'des Républicains' → Les Républicains.
 * @example findLexiconOrganizations(prepare("l'OTAN et Daech"), organizationLexicon()) // OTAN, Daech
 */
export function findLexiconOrganizations(doc: Doc, lex: OrganizationLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const { tokens } = doc;
  const numbers = tokenWordNumbers(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens open no listed name and are no union's federation (a hyphenated word, 'CGT-Cheminots'):
    // answered by their word number, before the token is read.
    if (!lex.index.mayOpen(numbers[i] as number)) continue;
    const t = tokens[i] as Token;
    if (t.kind === 'punct') continue; // names may start with an elision ('L'Oréal') or a number ('20 Minutes')
    if (doc.header && t.start < doc.header.end) continue;
    // (A union's federation is a hyphenated word, whose key holds several words: 'cgt cheminots'.)
    if (numbers[i] === SEVERAL_WORDS && isUnionFederation(lex, t)) {
      out.push({ first: i, last: i + 1, score: 0.9, source: 'organization/lexicon', value: { name: doc.view.slice(t.start, t.end) } });
      continue;
    }
    for (const m of lex.index.matchAt(tokens, i)) {
      // 'Greenpeace France', 'Amnesty International Belgique': a country's branch of an NGO or a company.
      const branch = countryAfter(lex, tokens, m.end) ? firstAcceptable(m.values, BRANCH, tokens, i, m.end + 1) : undefined;
      if (branch) {
        const c: OrgCandidate = { first: i, last: m.end + 1, score: 0.92, source: 'organization/lexicon', value: { name: doc.view.slice(t.start, (tokens[m.end] as Token).end) } };
        out.push(c);
        i = m.end;
        break;
      }
      // 'le Crédit agricole Centre-Est', 'France Nature Environnement Languedoc-Roussillon': a regional branch.
      // A union's or an employers' body's branch of a département or a region: 'la CPME du Rhône', 'la FNSEA de la Marne'.
      const ofRegion = ofRegionAfter(doc, lex, m.end);
      const unionBranch = ofRegion > 0 ? firstAcceptable(m.values, UNION_BRANCH, tokens, i, m.end) : undefined;
      const regionEnd = unionBranch ? ofRegion : regionAfter(doc, lex, m.end);
      const regional = unionBranch ?? (regionEnd > 0 ? firstAcceptable(m.values, REGIONAL_BRANCH, tokens, i, m.end) : undefined);
      if (regional) {
        out.push({ first: i, last: regionEnd, score: 0.92, source: 'organization/lexicon', value: { name: doc.view.slice(t.start, (tokens[regionEnd - 1] as Token).end) } });
        i = regionEnd - 1;
        break;
      }
      const hit = firstAcceptable(m.values, ANY, tokens, i, m.end);
      if (!hit) continue;
      // 'Le Pacte historique': a listed name that opens with its article ('Le Pacte', a film distributor) gives
      // way to a longer listed name that starts right after the article (the Colombian coalition).
      if (ARTICLES.has(t.key) && longerMatchAfter(lex, tokens, i + 1, m.end)) break;
      if (NOT_ORGANIZATION_KINDS.has(hit.org.kind ?? '')) {
        i = m.end - 1; // 'Ligue des champions': a competition, and no organisation inside it
        break;
      }
      let last = m.end;
      let value = recordValue(hit.org);
      // 'Croix-Rouge libanaise': a national branch is an organisation of its own.
      const next = tokens[last];
      if (hit.org.flags?.includes('national') && next && !next.cap && lex.demonyms.has(next.key) && next.spaceBefore === ' ') {
        last++;
        value = { name: doc.view.slice(t.start, next.end) };
      }
      const c: OrgCandidate = { first: i, last, score: scoreOf(hit, tokens, i, last), source: 'organization/lexicon', value };
      if (hit.org.flags?.includes('open')) c.generic = true;
      out.push(c);
      i = last - 1;
      break;
    }
  }
  return out;
}

/**
 * A union's federation, its acronym joined to its trade: 'la CGT-Cheminots', 'FO-Cheminots', 'la CFDT-Cheminots',
 * 'la CGT-Énergie' (one token); named as written. A name the list knows whole ('SUD-Rail') is the list's.
 */
function isUnionFederation(lex: OrganizationLexicon, t: Token): boolean {
  if (t.kind !== 'word' || !t.upper && !t.cap) return false;
  const dash = t.text.indexOf('-');
  if (dash < 2 || dash > 6) return false;
  const head = t.text.slice(0, dash);
  const trade = t.text.slice(dash + 1);
  if (!isAcronymForm(head) || !/^\p{Lu}/u.test(trade) || lex.byKey.has(t.key)) return false;
  const rec = lex.byKey.get(phraseKey(head));
  return !!rec && rec.kind === 'union' && (rec.acronym === head || rec.aliases.includes(head));
}

/** Whether a listed name starting at `j` ends after `end`: 'Pacte historique' after 'Le'. */
function longerMatchAfter(lex: OrganizationLexicon, tokens: readonly Token[], j: number, end: number): boolean {
  for (const m of lex.index.matchAt(tokens, j)) {
    if (m.end > end && m.values.some((v) => !NOT_ORGANIZATION_KINDS.has(v.org.kind ?? '') && acceptable(v, tokens, j, m.end))) return true;
  }
  return false;
}

// Kinds whose national branches the press names with the country after them ('Greenpeace France', 'Oxfam
// France', 'Airbus Allemagne'); not intergovernmental bodies or parties.
const BRANCH_KINDS = new Set(['ngo', 'company', 'media']);

// Kinds whose regional branches carry the region's name after theirs: banks and companies ('Crédit
// agricole Centre-Est'), associations ('France Nature Environnement Languedoc-Roussillon'), employers'
// bodies and unions ('Medef Île-de-France').
const REGION_BRANCH_KINDS = new Set(['ngo', 'company', 'union']);
// A regional service or court is named by its region: "l'agence régionale de santé Occitanie", 'la chambre
// régionale des comptes Grand Est'.
const REGIONAL = /\br[ée]gional/iu;
const REGION_LINKS = new Set(['de', 'la', "d'", "l'", 'du', 'et']);

/**
 * The end of a French region written right after a name ('Languedoc-Roussillon', "Provence-Alpes-Côte
 * d'Azur", 'Centre-Est'), or -1. The region starts with a capital on the same line, ends on a
 * capitalised word of at least five letters, and no capitalised word follows it: 'Orange Bretagne',
 * but not 'le patron de Renault Jean-Dominique Senard'.
 */
function regionAfter(doc: Doc, lex: OrganizationLexicon, end: number, afterOf = false): number {
  const { tokens } = doc;
  const first = tokens[end];
  if (!lex.regions || !first || first.kind !== 'word' || !first.cap || first.upper || (first.spaceBefore !== ' ' && !(afterOf && first.spaceBefore === ''))) return -1;
  let found = -1;
  for (let k = end; k < Math.min(tokens.length, end + 9); k++) {
    const t = tokens[k] as Token;
    if (k > end && breaksLine(t)) break;
    if (t.kind === 'word' && t.cap) {
      const key = phraseKey(doc.view.slice(first.start, t.end));
      const compound = k === end && isCompassCompound(t.text);
      if ((lex.regions.has(key) && key.length >= 5) || compound) found = k + 1;
    } else if (!(t.text === '-' && t.spaceBefore === '') && !REGION_LINKS.has(t.key)) break;
  }
  if (found < 0 || followedByName(tokens, found) || tokens[found]?.text === '-') return -1;
  return found;
}

/** The end of 'du Rhône', 'de la Marne', "d'Île-de-France" after a name (a French region or département), or -1. */
function ofRegionAfter(doc: Doc, lex: OrganizationLexicon, end: number): number {
  const { tokens } = doc;
  const of = tokens[end];
  if (!of || of.cap || !(of.key === 'du' || of.key === 'des' || of.key === 'de' || of.key === "d'")) return -1;
  let k = end + 1;
  if ((of.key === 'de' || of.key === "d'") && (tokens[k]?.key === 'la' || tokens[k]?.key === "l'") && !tokens[k]?.cap) k++;
  const region = regionAfter(doc, lex, k, true);
  return region > 0 && !isCompassCompound((tokens[k] as Token).text) ? region : -1;
}

/** 'Centre-Est', 'Sud-Ouest', 'Nord-Picardie': capitalised parts joined by hyphens, one a point of the compass. */
function isCompassCompound(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) && parts.some((p) => COMPASS.has(p.toLowerCase()));
}

/** A capitalised country name right after a name, itself not followed by another capitalised word. */
function countryAfter(lex: OrganizationLexicon, tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!lex.national || !next || next.kind !== 'word' || !next.cap || next.upper || next.spaceBefore !== ' ') return false;
  return lex.national.codeOf.has(next.key) && !followedByName(tokens, end + 1) && tokens[end + 1]?.text !== '-';
}

function scoreOf(hit: LexiconHit, tokens: readonly Token[], i: number, end: number): number {
  const first = tokens[i] as Token;
  // A one-word name first in its sentence may be an ordinary capitalised word.
  if (end === i + 1 && first.sentenceStart && !hit.acronym) return 0.8;
  return 0.92;
}

// What a listed name is read as, for `firstAcceptable`: itself, a country's branch ('Greenpeace France'),
// a union's branch ('la CPME du Rhône') or a regional branch ('le Crédit agricole Centre-Est').
const ANY = 0;
const BRANCH = 1;
const UNION_BRANCH = 2;
const REGIONAL_BRANCH = 3;

/**
 * The first of a match's values that may be read as `want` here. A loop rather than `values.find` with
 * an arrow: the arrow holds the token index of `findLexiconOrganizations`'s loop, and V8 then made a
 * context object for every token of every text (50 bytes a word, the most of any finder).
 */
function firstAcceptable(values: readonly LexiconHit[], want: number, tokens: readonly Token[], i: number, end: number): LexiconHit | undefined {
  for (const v of values) {
    const kind = v.org.kind ?? '';
    if (want === BRANCH && !BRANCH_KINDS.has(kind)) continue;
    if (want === UNION_BRANCH && kind !== 'union') continue;
    if (want === REGIONAL_BRANCH && !(REGION_BRANCH_KINDS.has(kind) || REGIONAL.test(v.org.name))) continue;
    if (acceptable(v, tokens, i, end, want === UNION_BRANCH || want === REGIONAL_BRANCH)) return v;
  }
  return undefined;
}

/** Spelling and context checks for one listed form at tokens [i, end). */
function acceptable(v: LexiconHit, tokens: readonly Token[], i: number, end: number, branch = false): boolean {
  const first = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (v.contracted && !(prev && CONTRACTED.has(prev.key))) return false;
  // 'J. R. D. Tata', 'Mlle Chanel': after an initial or a title, a name is a person's.
  if (prev?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 2]?.text ?? '')) return false;
  if (prev && TITLES.has(prev.key)) return false;
  // 'le général Ferrari', 'le docteur Bic': after a rank or a title that only people bear, a one-word brand is a family name.
  if (end === i + 1 && prev && !prev.cap && PERSON_RANKS.has(prev.key) && (v.org.kind === 'company' || v.org.kind === 'club')) return false;
  // Inside a longer capitalised name, a known name is a part of it: 'Richard Wagner', 'Big Apple',
  // 'Super Nintendo'; and before one, a brand of a product: 'Microsoft Office', 'Fed Cup', 'IBM PC'.
  if (prev && prev.cap && !prev.upper && prev.kind === 'word' && !prev.sentenceStart && !breaksLine(prev) && first.spaceBefore === ' ') return false;
  if (end === i + 1 && !branch && followedByName(tokens, end) && !partyOfAnElected(v, prev)) return false;
  if (v.org.kind === 'seat' && namesAThing(tokens, i)) return false;
  if (v.org.kind === 'company' && namesAProduct(tokens, i, end)) return false;
  // '250 UA': after a number, an acronym is a unit.
  if (prev?.kind === 'number') return false;
  const written = tokens.slice(i, end);
  // Never glued to a word before or after: 'OPEP' in 'OPEP+' is the lexicon's 'OPEP+' or nothing.
  const next = tokens[end];
  if (next && next.spaceBefore === '' && (next.kind === 'word' || next.text === '+' || next.text === '-')) return false;
  if (v.acronym) {
    const text = written.map((t) => t.text).join('');
    if (text.replace(/[\s-]/g, '') !== v.written.replace(/[\s-]/g, '')) return false;
    // Inside a line written in capitals ('LE PS EST'), a short acronym is just a word.
    if (v.written.length <= 3 && prev?.upper && next?.upper) return false;
    return true;
  }
  const listed = v.words;
  // The capitals of the listed form must be capitals in the text: 'Le Monde', not 'le monde entier'.
  if (!capitalsAgree(listed, written)) return false;
  // 'Total', 'Renaissance': a plain capitalised word that names the organisation only mid-sentence, without an article.
  if (v.org.flags?.includes('word') && end === i + 1 && /^\p{Lu}\p{Ll}+$/u.test(v.written)) {
    if (first.sentenceStart || (prev && ARTICLES_BEFORE.has(prev.key))) return false;
  }
  return true;
}

function capitalsAgree(listed: readonly string[], written: readonly Token[]): boolean {
  const words = written.filter((t) => t.kind !== 'punct');
  const first = listed[0] ?? '';
  // A head written in lower case starts a known name of three words or more, specific enough: 'l'agence
  // régionale de santé', 'la haute autorité de santé', 'l'office français de la biodiversité'.
  const head = words[0] && HEAD_PREFIXES.has(words[0].key) ? words[1] : words[0];
  const lowerHead = listed.length >= 3 && !!head && CAPITAL_HEADS.has(head.key) && words.slice(1).every((w) => !w.cap || listed.some((l) => l === w.text));
  if (first !== first.toLowerCase() && !words[0]?.cap && !lowerHead) return false;
  // Long names are specific enough; title-case spellings of the source ('Organisation de la Coopération Islamique') must not block them.
  if (listed.length !== words.length || listed.length > 3) return true; // tokenised differently ('Al-Qaïda' vs 'Al Qaïda'): the first word decides
  for (let k = 1; k < listed.length; k++) {
    const l = listed[k] as string;
    if (l !== l.toLowerCase() && l[0] !== (l[0] ?? '').toLowerCase() && !words[k]?.cap) return false;
  }
  return true;
}

// 'le traité de l'Élysée', 'la rue de Matignon': a seat's name inside another name ('le perron de l'Élysée' is the seat).
const THING_BEFORE_SEAT = new Set(['traite', 'accord', 'accords', 'rue', 'avenue']);
function namesAThing(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k] as Token;
    if (THING_BEFORE_SEAT.has(t.key)) return true;
    if (t.key !== 'de' && t.key !== "d'" && t.key !== "l'" && t.key !== 'du' && t.key !== 'la') return false;
  }
  return false;
}

// 'un Boeing 737', 'l'Airbus A320', '70 autres Boeing': the company's product.
const QUANTITY_BEFORE = new Set(['autres', 'plusieurs', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'cent', 'mille', 'quelques', 'premiers', 'derniers']);
function namesAProduct(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[end];
  if (next && next.kind !== 'punct' && /^\p{Lu}{0,2}\d/u.test(next.text) && next.spaceBefore === ' ') return true;
  const prev = tokens[i - 1];
  return !!prev && (prev.kind === 'number' || QUANTITY_BEFORE.has(prev.key));
}

/** A capitalised word right after a name, on the same line: the name is part of a longer one. */
export function followedByName(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return !!next && next.kind === 'word' && next.cap && next.spaceBefore === ' ';
}
