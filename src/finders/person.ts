import { GIVEN_NAMES } from '../data/given-names.js';
import { PEOPLE_TABLE } from '../data/people.js';
import { fold } from '../text/normalize.js';
import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Finder } from '../pipeline.js';
import type { PersonEntity, PersonValue } from '../types.js';

/** What the person finder knows: first names with a strength, and well-known people. */
export interface PersonLexicon {
  /** Folded first name → 3 (frequent), 2, 1 (rare). */
  givenNames: Map<string, number>;
  /** Folded full name → { name, wikidata }. */
  people: Map<string, { name: string; wikidata?: string }>;
}

/**
 * Builds a lexicon; tests pass a few names.
 * @example buildPersonLexicon(['Nasser', 'Antony'], [{ name: 'Jean-Yves Le Drian', wikidata: 'Q…' }])
 */
export function buildPersonLexicon(givenNames: Iterable<string | [string, number]>, people: Iterable<{ name: string; wikidata?: string }> = []): PersonLexicon {
  const g = new Map<string, number>();
  for (const n of givenNames) {
    if (typeof n === 'string') g.set(fold(n), 3);
    else g.set(fold(n[0]), n[1]);
  }
  const p = new Map<string, { name: string; wikidata?: string }>();
  for (const person of people) p.set(fold(person.name), person);
  return { givenNames: g, people: p };
}

let defaultLexicon: PersonLexicon | undefined;
/** The built-in lexicon, unpacked on first use. */
export function personLexicon(): PersonLexicon {
  if (defaultLexicon) return defaultLexicon;
  const lines = GIVEN_NAMES.split('\n');
  const given: Array<[string, number]> = [];
  lines.forEach((line, i) => {
    for (const n of line.split(' ')) if (n) given.push([n, 3 - i]);
  });
  const people = PEOPLE_TABLE.split('\n').map((l) => {
    const [name = '', wikidata = ''] = l.split('\t');
    return wikidata ? { name, wikidata } : { name };
  });
  return (defaultLexicon = buildPersonLexicon(given, people));
}

/** Honorifics written before a name; they go to `title`. */
// A Map, not an object: 'constructor. Dupont' must not find Object's constructor as a title.
const TITLES = new Map<string, string>(Object.entries({ m: 'M.', mm: 'MM.', mme: 'Mme', mmes: 'Mmes', mlle: 'Mlle', me: 'Me', dr: 'Dr', pr: 'Pr', mgr: 'Mgr', monsieur: 'M.', madame: 'Mme', docteur: 'Dr', professeur: 'Pr', maitre: 'Me' }));

/** Role nouns that announce a name: 'le président Emmanuel Macron', 'la ministre Catherine Colonna'. */
export const ROLE_NOUNS = new Set([
  'president', 'presidente', 'ministre', 'chancelier', 'chanceliere', 'premier', 'premiere', 'secretaire', 'roi', 'reine', 'prince', 'princesse',
  'pape', 'general', 'generale', 'colonel', 'capitaine', 'commandant', 'marechal', 'amiral', 'senateur', 'senatrice', 'depute', 'deputee',
  'maire', 'prefet', 'prefete', 'juge', 'procureur', 'procureure', 'avocat', 'avocate', 'pdg', 'directeur', 'directrice', 'patron', 'patronne',
  'porte-parole', 'porte parole', 'ambassadeur', 'ambassadrice', 'emir', 'sultan', 'cheikh', 'ayatollah', 'imam', 'cardinal', 'eveque', 'archeveque',
  'chef', 'cheffe', 'dirigeant', 'dirigeante', 'leader', 'opposant', 'opposante', 'homologue', 'successeur', 'predecesseur', 'candidat', 'candidate',
  'entraineur', 'selectionneur', 'attaquant', 'milieu', 'defenseur', 'gardien', 'joueur', 'joueuse', 'pilote', 'champion', 'championne',
  'ecrivain', 'ecrivaine', 'auteur', 'autrice', 'realisateur', 'realisatrice', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'artiste',
  'journaliste', 'chercheur', 'chercheuse', 'economiste', 'professeur', 'commissaire', 'gouverneur', 'gouverneure', 'vice-president', 'vice president',
  'conseiller', 'conseillere', 'fondateur', 'fondatrice', 'epouse', 'mari', 'fils', 'fille', 'frere', 'soeur', 'veuve', 'rapporteur', 'rapporteure',
  'emissaire', 'envoye', 'envoyee', 'mediateur', 'president-directeur', 'administrateur', 'coach', 'capitaine', 'tsar', 'dictateur', 'presidente',
  'depute-maire', 'senateur-maire', 'eurodepute', 'eurodeputee', 'footballeur', 'tennisman', 'cycliste', 'nageur', 'nageuse', 'sprinteur', 'athlete',
]);

/** Particles inside names: 'Jean-Yves Le Drian', 'Ursula von der Leyen', 'Mohammed ben Salmane'. */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'von', 'van', 'der', 'den', 'ter', 'di', 'da', 'dos', 'das', 'do', 'del', 'della', 'la', 'le', 'ben', 'bin', 'ibn', 'bint', 'ould', 'ag', 'al', 'el', 'abu', 'abou', 'y', 'mac', 'st', 'zu', 'af']);

/** Capitalised words that never start or end a person's name in running text. */
const NOT_NAME = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu',
  'mais', 'et', 'ou', 'donc', 'or', 'ni', 'car', 'selon', 'pour', 'dans', 'en', 'au', 'aux', 'depuis', 'apres', 'avant', 'lors', 'alors', 'plus',
  'moins', 'chaque', 'tous', 'toutes', 'tout', 'quant', 'si', 'comme', 'sur', 'sous', 'par', 'avec', 'sans', 'entre', 'contre', 'vers', 'chez',
  'outre', 'ainsi', 'enfin', 'cependant', 'pourtant', 'toutefois', 'desormais', "aujourd'hui", 'hier', 'demain', 'son', 'sa', 'ses', 'leur',
  'leurs', 'notre', 'votre', 'mon', 'ma', 'mes', 'quand', 'lorsque', 'puis', 'a', 'y', 'ne', 'pas', 'qui', 'que', 'quoi', 'dont', 'ou', 'oui', 'non',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'monsieur', 'madame', 'mademoiselle', 'etat', 'etats', 'republique', 'gouvernement',
  'president', 'presidente', 'ministre', 'premier', 'premiere', 'nord', 'sud', 'est', 'ouest', 'saint', 'sainte', 'cour', 'conseil', 'union',
  'parti', 'groupe', 'ligue', 'coupe', 'prix', 'rue', 'avenue', 'place', 'boulevard', 'pont', 'gare', 'aeroport', 'lycee', 'college', 'ecole',
  'universite', 'institut', 'fondation', 'musee', 'stade', 'hopital', 'palais', 'chateau', 'eglise', 'cathedrale', 'affaires', 'etrangeres',
  'interieur', 'justice', 'armees', 'defense', 'economie', 'finances', 'sante', 'education', 'culture', 'travail', 'agriculture', 'environnement',
  'dieu', 'allah', 'christ', 'notre-dame', 'l', 'd', 'ici', 'la-bas', 'c', 'ca', 'cela', 'ceci', 'voici', 'voila', 'mme', 'm', 'dr', 'me',
]);

/** Words before a name that make it a place or a thing named after a person: 'rue Victor-Hugo', 'lycée Jean-Moulin', 'loi Veil'. */
const NAMED_AFTER = new Set(['rue', 'avenue', 'boulevard', 'place', 'quai', 'pont', 'gare', 'station', 'aeroport', 'lycee', 'college', 'ecole', 'universite', 'hopital', 'stade', 'musee', 'fondation', 'institut', 'centre', 'prix', 'loi', 'plan', 'rapport', 'porte-avions', 'paquebot', 'navire', 'salle', 'theatre', 'parc', 'square', 'impasse', 'allee', 'cours', 'chemin', 'route', 'campus', 'amphitheatre', 'hotel', 'residence', 'cite', 'metro', 'tunnel', 'bibliotheque', 'complexe', 'effet', 'affaire', 'doctrine', 'methode', 'syndrome', 'maladie', 'theoreme', 'prix', 'trophee', 'coupe']);

const isInitial = (t: Token, next: Token | undefined) => t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && next?.text === '.' && next.start === t.end;

function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (!t.cap) return false;
  if (NOT_NAME.has(t.key)) return false;
  return true;
}

/**
 * Finds people: runs of capitalised words that start with a known first name, follow an
 * honorific or a role ('M.', 'la ministre'), or name a known person; then later mentions of a
 * found person's family name ('Bourita' after 'Nasser Bourita').
 * @example findPersonCandidates(prepare('le ministre Nasser Bourita et Antony Blinken'), personLexicon())
 */
export function findPersonCandidates(doc: Doc, lex: PersonLexicon): PersonEntity[] {
  const out: PersonEntity[] = [];
  const { tokens } = doc;
  const known = new Map<string, PersonValue>(); // folded family name → the person
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isNameWord(t) || (doc.header && t.start < doc.header.end)) continue;
    const run = nameRun(tokens, i);
    if (run.end <= i) continue;
    const words = tokens.slice(i, run.end);
    const prev = tokens[i - 1];
    const cue = cueBefore(tokens, i);
    const firstStrength = lex.givenNames.get(t.key) ?? lex.givenNames.get(t.key.split(' ')[0] ?? '') ?? 0;
    const full = words.map((w) => w.text).join(' ');
    const knownPerson = lex.people.get(fold(full));
    const namedAfter = prev && NAMED_AFTER.has(prev.key);
    let score = 0;
    let source = '';
    if (namedAfter) {
      i = run.end - 1;
      continue;
    }
    if (knownPerson) {
      score = 0.95;
      source = 'person/lexicon';
    } else if (words.length >= 2 && firstStrength >= 2) {
      score = 0.85;
      source = 'person/given-name';
    } else if (words.length >= 2 && firstStrength === 1) {
      score = 0.7;
      source = 'person/given-name';
    } else if (cue.title || (cue.role && words.length >= 1)) {
      score = words.length >= 2 ? 0.85 : 0.75;
      source = cue.title ? 'person/title' : 'person/role';
    }
    if (!score) {
      i = run.end - 1;
      continue;
    }
    const value: PersonValue = { name: knownPerson?.name ?? canonical(words) };
    if (words.length >= 2 && firstStrength > 0) {
      value.givenName = (words[0] as Token).text;
      value.familyName = words.slice(1).map((w) => w.text).join(' ');
    } else if (words.length === 1) {
      value.familyName = (words[0] as Token).text;
    }
    if (cue.title) value.title = cue.title;
    if (cue.role) value.role = cue.role;
    if (knownPerson?.wikidata) value.wikidata = knownPerson.wikidata;
    const start = (words[0] as Token).start;
    const end = (words[words.length - 1] as Token).end;
    out.push({ type: 'person', text: doc.input.slice(start, end), start, end, score, source, normalized: value });
    if (value.familyName && words.length >= 2) known.set(fold(value.familyName), value);
    i = run.end - 1;
  }
  // Later mentions of a family name alone: 'Bourita' after 'Nasser Bourita'.
  if (known.size) addSurnameMentions(doc, out, known);
  return out.sort((a, b) => a.start - b.start);
}

/** The longest run of name words from `i`: capitalised words, particles between them, initials. */
function nameRun(tokens: readonly Token[], i: number): { end: number } {
  let j = i;
  let end = i;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (j > i && (t.spaceBefore.indexOf('\n') >= 0 || t.spaceBefore === '' && t.kind !== 'punct')) break;
    if (isNameWord(t) || (j > i && t.cap && (t.key === 'le' || t.key === 'la' || t.key === 'de' || t.key === 'du'))) {
      // 'Le Drian', 'La Fontaine', 'De Gaulle' inside a name: a capitalised particle must be followed by a name word.
      if ((t.key === 'le' || t.key === 'la' || t.key === 'de' || t.key === 'du') && !isNameWord(tokens[j + 1])) break;
      j++;
      // An initial with its period: 'J. R. R. Tolkien', 'Nahel M.'
      if (isInitial(t, tokens[j])) j++;
      end = j;
      continue;
    }
    // Particles between name words: 'von der Leyen', 'ben Salmane', 'de La Fontaine' (at most three in a row).
    if (j > i && PARTICLES.has(t.key) && !t.cap) {
      let k = j;
      while (k < j + 3 && PARTICLES.has(tokens[k]?.key ?? '') && !(tokens[k] as Token).cap) k++;
      if (isNameWord(tokens[k]) || (tokens[k]?.cap && (tokens[k]?.key === 'le' || tokens[k]?.key === 'la') && isNameWord(tokens[k + 1]))) {
        j = k;
        continue;
      }
    }
    break;
  }
  // Never more than five words in a name.
  return { end: Math.min(end, i + 6) };
}

function canonical(words: readonly Token[]): string {
  return words.map((w) => w.text).join(' ').replace(/ \./g, '.');
}

/** The title ('M.', 'Mme') or role ('ministre marocain des Affaires étrangères') written just before a name. */
function cueBefore(tokens: readonly Token[], i: number): { title?: string; role?: string } {
  const out: { title?: string; role?: string } = {};
  let k = i - 1;
  let t = tokens[k];
  const dotted = t?.text === '.' ? TITLES.get(tokens[k - 1]?.key ?? '') : undefined;
  const plain = t?.cap ? TITLES.get(t.key) : undefined;
  if (dotted) {
    out.title = dotted;
    k -= 2;
  } else if (plain) {
    out.title = plain;
    k -= 1;
  }
  t = tokens[k];
  // 'la ministre Catherine Colonna', 'le président américain Joe Biden'
  if (t && (ROLE_NOUNS.has(t.key) || ROLE_NOUNS.has(tokens[k - 1]?.key ?? ''))) {
    const head = ROLE_NOUNS.has(t.key) ? k : k - 1;
    out.role = tokens.slice(head, k + 1).map((x) => x.text).join(' ');
    return out;
  }
  // Apposition: 'le ministre marocain des Affaires étrangères, Nasser Bourita'
  if (t?.text === ',') {
    for (let r = k - 1; r >= Math.max(0, k - 8); r--) {
      const w = tokens[r] as Token;
      if (w.text === ',' || w.text === '.' || w.text === '(') break;
      if (ROLE_NOUNS.has(w.key)) {
        out.role = tokens.slice(r, k).map((x) => x.text).join(' ').replace(/ ' /g, "'").replace(/' /g, "'");
        break;
      }
    }
  }
  return out;
}

function addSurnameMentions(doc: Doc, out: PersonEntity[], known: Map<string, PersonValue>) {
  const taken = new Set(out.map((e) => e.start));
  // Whether a name found before covers offset s. Offsets only grow along the loop, and the
  // mentions added here never cover a later token: one sweep over the names by start, instead
  // of a scan of all of them per capitalised word (quadratic on a 10 MB text).
  const found = [...out].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  const covered = (s: number) => {
    for (; next < found.length && (found[next] as PersonEntity).start <= s; next++) reach = Math.max(reach, (found[next] as PersonEntity).end);
    return reach > s;
  };
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || taken.has(t.start) || covered(t.start)) continue;
    // Family names of several words: 'Le Drian'
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const person = known.get(joinedKey(tokens, i, n));
      if (!person) continue;
      const words = tokens.slice(i, i + n);
      const next = tokens[i + n];
      if (next && isNameWord(next) && next.spaceBefore === ' ') break; // 'Macron Jean' is not a mention
      const start = t.start;
      const end = (words[n - 1] as Token).end;
      const cue = cueBefore(tokens, i);
      const value: PersonValue = { ...person };
      delete value.title;
      delete value.role;
      if (cue.title) value.title = cue.title;
      if (cue.role) value.role = cue.role;
      out.push({ type: 'person', text: doc.input.slice(start, end), start, end, score: 0.85, source: 'person/coreference', normalized: value });
      i += n - 1;
      break;
    }
  }
}

/**
 * The key of n tokens read as one name ('Le Drian' → 'le drian'): their keys joined, which is
 * what folding their joined text gives, without a fold per try; a token with an empty key
 * (a lone dash) takes the full fold, which drops it.
 */
function joinedKey(tokens: readonly Token[], i: number, n: number): string {
  let key = (tokens[i] as Token).key;
  if (n === 1) return key;
  for (let k = i + 1; k < i + n; k++) {
    const t = tokens[k] as Token;
    if (!t.key || !key) return fold(tokens.slice(i, i + n).map((w) => w.text).join(' '));
    key += ' ' + t.key;
  }
  return key;
}

/**
 * The person finder of the default pipeline.
 * @example createPersonFinder().find(prepare('Nasser Bourita'), ctx)
 */
export function createPersonFinder(lexicon?: PersonLexicon): Finder {
  return {
    name: 'person',
    types: ['person'],
    find: (doc) => findPersonCandidates(doc, lexicon ?? personLexicon()),
  };
}
