import type { Doc } from '../../text/document.js';
import { phraseKey } from '../phrase-index.js';
import { ofCountryName } from './national.js';
import type { Token } from '../../text/tokenize.js';
import type { OrgCandidate } from './candidate.js';
import type { Definition } from './definitions.js';
import { followedByName } from './lexicon-match.js';
import { TRADE_CUES } from './names.js';
import { scratchBytes } from '../../text/scratch.js';

/** A name the document may repeat: its token keys, its spelling when it must be written so, the candidate it repeats. */
interface Repeatable {
  keys: string[];
  exact: string | undefined;
  model: OrgCandidate;
  midSentence: boolean;
}
type Names = Map<string, Repeatable[]>;

/**
 * A name to repeat, every field set ('CNSP' defined: keys ['cnsp'], written 'CNSP'). Why: the loop over a
 * document's tokens reads these records, and records of three shapes (with and without 'exact' or 'midSentence')
 * made the engine throw its compiled code away over the bench text and compile the function again; one shape is
 * read by one compiled code.
 */
function repeatable(keys: string[], model: OrgCandidate, exact: string | undefined, midSentence: boolean): Repeatable {
  return { keys, exact, model, midSentence };
}

/** The keys of tokens [first, last), one array of one kind ('CNSP' → ['cnsp']), made by one loop. */
function keysOfTokens(tokens: readonly Token[], first: number, last: number): string[] {
  const keys: string[] = [];
  for (let k = first; k < last; k++) keys.push((tokens[k] as Token).key);
  return keys;
}

/** Adds a name under its first key. */
function addName(names: Names, name: Repeatable): void {
  const first = name.keys[0] as string;
  const list = names.get(first);
  if (list) list.push(name);
  else names.set(first, [name]);
}
// Words an acronym skips: 'Agence régionale de santé' → ARS.
const SKIPPED = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et', 'pour', 'a', 'au', 'aux', 'en', 'sur', 'contre']);

/**
 * An acronym of three letters or more, written in capitals, that no rule took and that spells
 * the initials of the start of a name found in the document, is that organisation: 'l'Agence
 * régionale de santé de Bretagne… l'ARS'. The initials are those of its content words.
 */
function addAbbreviations(tokens: readonly Token[], found: readonly OrgCandidate[], names: Names): void {
  const initials = new Map<string, OrgCandidate>();
  for (const c of found) {
    let s = '';
    for (let k = c.first; k < c.last; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || SKIPPED.has(t.key)) continue;
      s += t.key[0] ?? '';
      if (s.length >= 3 && !initials.has(s)) initials.set(s, c);
    }
  }
  if (!initials.size) return;
  const taken = new Set<string>();
  for (const t of tokens) {
    if (!t.upper || t.kind !== 'word' || t.text.length < 3 || t.text.length > 6 || taken.has(t.text) || !/^\p{Lu}+$/u.test(t.text)) continue;
    taken.add(t.text);
    const model = initials.get(t.key);
    if (!model) continue;
    addName(names, repeatable([t.key], { ...model, score: 0.86 }, t.text, false));
  }
}

/**
 * The first word of a name of several capitalised words that a cue revealed is that company later in the
 * document, written alone mid-sentence: 'la société Transmodal Services… Transmodal exploite'. Only after a trade; not a
 * country's name ('l'association France Nature Environnement… France'), not an article, four letters at least;
 * scored below a place or a person of the same name, which win.
 */
function addFirstWords(tokens: readonly Token[], found: readonly OrgCandidate[], names: Names, isCountryWord: (key: string) => boolean): void {
  for (const c of found) {
    if ((c.source !== 'organization/apposition' && c.source !== 'organization/lexicon') || c.last - c.first < 2) continue;
    const first = tokens[c.first] as Token;
    const second = tokens[c.first + 1] as Token;
    if (first.kind !== 'word' || !first.cap || first.text.length < 4 || second.kind !== 'word' || !second.cap || second.spaceBefore !== ' ') continue;
    if (isCountryWord(first.key) || FIRST_WORD_NOT_A_NAME.has(first.key)) continue;
    // A name whose other words only say it is a company names it by its first word, even first in a sentence:
    // 'Clearview AI… Clearview, installée à New York'; a listed one needs no cue ('Mistral AI… Mistral prépare').
    const suffixed = c.last - c.first === 2 && COMPANY_SUFFIXES.has(second.key);
    if (c.source === 'organization/lexicon' && !suffixed) continue;
    // Only a company's name, right after its trade ('la société', 'le groupe'), or its trade and a demonym ('la société
    // américaine Clearview AI'): a family's is a person's ('la maison Planta…').
    const cue = tokens[c.first - 1];
    const demonym = !!cue && cue.kind === 'word' && !cue.cap && isCountryWord(cue.key);
    if (c.source === 'organization/apposition' && !TRADE_CUES.has(cue?.key ?? '') && !(demonym && TRADE_CUES.has(tokens[c.first - 2]?.key ?? ''))) continue;
    addName(names, repeatable([first.key], { ...c, score: 0.78 }, first.text, !suffixed));
  }
}
// Capitalised words that open many names and name none alone: 'Groupe', 'Société', 'Banque', 'Crédit'.
const FIRST_WORD_NOT_A_NAME = new Set(['groupe', 'societe', 'banque', 'credit', 'compagnie', 'fondation', 'association', 'institut', 'union', 'federation', 'agence', 'caisse', 'air', 'nouvelle', 'nouveau', 'grand', 'grande', 'saint', 'sainte', 'mont', 'port', 'club', 'team', 'global', 'international', 'general', 'national', 'first', 'world']);

// Last words that only say a name is a company's: 'Clearview AI', 'Prosus Group', 'Vinci SA'.
const COMPANY_SUFFIXES = new Set(['ai', 'group', 'groupe', 'holding', 'holdings', 'sa', 'sas', 'inc', 'ltd', 'plc', 'corp', 'corporation', 'gmbh', 'ag', 'spa', 'nv', 'technologies', 'labs']);

// Rules whose names the rest of the document may repeat without their cue:
// 'le conglomérat indien Tata… dans le giron de Tata', 'Air India' in the headline.
const REPEATABLE = new Set(['organization/phrase', 'organization/hospital', 'organization/apposition', 'organization/member', 'organization/name-tail', 'organization/club', 'organization/team', 'organization/definition']);

/**
 * What the document taught, applied to the whole document: every other mention of an acronym
 * it defined ('la Cedeao', 'le CNSP') and of a name a cue revealed ('Tata', 'Air India'),
 * wherever it stands, gets the same value. One pass over the tokens, Map lookups.
 * @example repeatDocumentNames(prepare('Le CNSP (…) puis le CNSP'), found, definitions)
 */
export function repeatDocumentNames(doc: Doc, found: readonly OrgCandidate[], definitions: readonly Definition[], isCountryWord: (key: string) => boolean = () => false): OrgCandidate[] {
  const { tokens } = doc;
  // First token key → the names that start with it, as token keys.
  const names: Names = new Map();
  for (const d of definitions) {
    const model = found.find((c) => c.source === 'organization/definition' && c.value === d.value && c.last - c.first <= 2);
    if (model) addName(names, repeatable(keysOfTokens(tokens, model.first, model.last), model, d.acronym, false));
  }
  for (const c of found) {
    if (!REPEATABLE.has(c.source) || !(tokens[c.first] as Token).cap) continue;
    addName(names, repeatable(keysOfTokens(tokens, c.first, c.last), c, undefined, false));
  }
  addAbbreviations(tokens, found, names);
  addFirstWords(tokens, found, names, isCountryWord);
  if (!names.size) return [];
  for (const list of names.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const taken = scratchBytes(tokens.length);
  for (const c of found) for (let k = c.first; k < c.last; k++) taken[k] = 1;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken[i] || !t.cap) continue;
    const list = names.get(t.key);
    if (!list) continue;
    for (const n of list) {
      const end = i + n.keys.length;
      if (end > tokens.length || !freeKeysAt(tokens, taken, i, n.keys)) continue;
      // An acronym is repeated as written ('CSA', not 'Csa'); a name with its capitals.
      if (n.exact !== undefined && tokens.slice(i, end).map((x) => x.text).join(' ') !== n.exact) continue;
      if (n.midSentence && t.sentenceStart) continue;
      const next = tokens[end];
      if (next && next.spaceBefore === '' && next.kind === 'word') continue;
      // Part of a longer capitalised name: 'Sly Stone' after 'le groupe Sly…'.
      const prev = tokens[i - 1];
      if (followedByName(tokens, end) || (prev && prev.cap && prev.kind === 'word' && !prev.sentenceStart && t.spaceBefore === ' ')) continue;
      out.push({ first: i, last: end, score: Math.min(n.model.score, 0.88), source: 'organization/document', value: n.model.value });
      for (let k = i; k < end; k++) taken[k] = 1;
      i = end - 1;
      break;
    }
  }
  return out;
}

/**
 * Whether the tokens from `i` have the name's keys and none of them is taken. A loop, not `keys.some`
 * with an arrow: the arrow held the token index, and V8 made a context object for it at every token
 * of the document, name or not.
 */
function freeKeysAt(tokens: readonly Token[], taken: Uint8Array, i: number, keys: readonly string[]): boolean {
  for (let x = 0; x < keys.length; x++) {
    if (tokens[i + x]?.key !== keys[x] || taken[i + x]) return false;
  }
  return true;
}

/**
 * A shortened name takes the value of the full name the document gives: after 'la Commission
 * électorale nationale indépendante (CENI)', 'la Commission électorale' is the same commission;
 * after 'la Banque centrale du Nigeria', 'la Banque centrale' is that bank. Only names of two
 * words or more that the rules built or know as generic, and only one full name to choose.
 * @example completeShortNames(doc, candidates)
 */
export function completeShortNames(doc: Doc, found: readonly OrgCandidate[]): OrgCandidate[] {
  const { tokens } = doc;
  const keysOf = (c: OrgCandidate) => tokens.slice(c.first, c.last).map((t) => t.key);
  const longer = found.filter((c) => c.last - c.first >= 3);
  if (!longer.length) return [...found];
  const owner = organOwner(found);
  return found.map((c) => {
    // 'le Conseil des gouverneurs' of an article on the BCE is the BCE's.
    if (owner && c.source === 'organization/phrase' && ORGANS.has(phraseKey(c.value.name))) {
      return { ...c, value: { name: `${c.value.name} ${ofCountryName(owner)}` }, source: `${c.source}+document` };
    }
    // 'l'Agence régionale de santé de Bretagne… l'ARS': the acronym of a generic body is the one the text names.
    if (c.last - c.first === 1 && c.source === 'organization/lexicon' && c.generic && c.value.acronym) return acronymOfFullName(c, longer);
    if (c.last - c.first < 2 || (c.source !== 'organization/phrase' && !(c.source === 'organization/lexicon' && c.generic))) return c;
    const keys = keysOf(c);
    const fulls = new Map<string, OrgCandidate>();
    for (const l of longer) {
      if (l.last - l.first <= keys.length || l.value.name === c.value.name) continue;
      const lk = keysOf(l);
      if (keys.every((k, x) => lk[x] === k)) fulls.set(l.value.name, l);
    }
    if (fulls.size !== 1) return c;
    const full = [...fulls.values()][0] as OrgCandidate;
    return { ...c, value: full.value, source: `${c.source}+document` };
  });
}

// Boards that only central banks and a few international bodies have, named alone once the article has named
// their owner: 'le Conseil des gouverneurs' (of the BCE, the Fed, the IMF, the IAEA), 'le Comité de politique monétaire'.
const ORGANS = new Set(['conseil des gouverneurs', 'comite de politique monetaire']);
const OWNER = /^(?:Banque |Réserve fédérale|Fonds monétaire international|Agence internationale de l'énergie atomique)/u;

/** The owner of such a board: the bank or body the document names most often, strictly more than any other. */
function organOwner(found: readonly OrgCandidate[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of found) if (OWNER.test(c.value.name)) counts.set(c.value.name, (counts.get(c.value.name) ?? 0) + 1);
  let best: string | undefined;
  let top = 0;
  let tie = false;
  for (const [name, n] of counts) {
    if (n > top) [best, top, tie] = [name, n, false];
    else if (n === top) tie = true;
  }
  return tie ? undefined : best;
}

/** A generic acronym ('ARS', 'CAF') with the value of the one longer name of that body in the document. */
function acronymOfFullName(c: OrgCandidate, longer: readonly OrgCandidate[]): OrgCandidate {
  const prefix = c.value.name + ' ';
  const fulls = new Map<string, OrgCandidate>();
  for (const l of longer) if (l.value.name.startsWith(prefix)) fulls.set(l.value.name, l);
  if (fulls.size !== 1) return c;
  const full = [...fulls.values()][0] as OrgCandidate;
  return { ...c, value: { ...full.value, acronym: c.value.acronym as string }, source: `${c.source}+document` };
}
