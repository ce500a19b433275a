import { breaksLine, tokenOrNone, type Token } from '../../text/tokenize.js';
import { DEMONYM, hasFact } from './facts.js';
import { NumberedWords, SEVERAL_WORDS, tokenWordNumbers } from '../vocabulary.js';
import type { PersonLexicon } from './lexicon.js';
import { singleSpaced } from './single-spaced.js';
import { Endings } from './endings.js';
import { ROLE_NOUNS, ROLE_PREFIXES } from './roles.js';
import { NAMED_AFTER_WORD, wordClassesAt } from './word-classes.js';
import { ARTICLES, NAMING_WORDS, PLURAL_TITLES, TITLE_WORDS, TITLES, TITLES_NEEDING_CAPITAL } from './words.js';

/**
 * How a role stands to the name:
 * - `adjacent`: 'le président [Joe Biden]', 'le président américain [Joe Biden]';
 * - `complement`: 'le ministre de l'Intérieur [Gérald Darmanin]';
 * - `apposition`: 'le Premier ministre irakien, [Mohammed Chia al-Soudani]';
 * - `after`: '[Nasser Bourita], ministre marocain des Affaires étrangères,';
 * - `soft`: a noun that reads as a role by its ending only ('le bassiste [Jaco Pastorius]'),
 *   or a role noun with no determiner: enough for a name of two words, not for one.
 */
export type RoleKind = 'adjacent' | 'complement' | 'apposition' | 'after' | 'soft';

/**
 * What the words around a candidate say about it. Every field is set, false or undefined when the
 * words say nothing: one shape for every reading, which the judge and the finder read many times.
 */
export interface Cues {
  /** 'M.', 'Mme', 'Dr' written just before. */
  title: string | undefined;
  /** A title for several people ('MM.'), which also covers the names listed after it. */
  pluralTitle: boolean;
  /** The role text: 'ministre marocain des Affaires étrangères'. */
  role: string | undefined;
  roleKind: RoleKind | undefined;
  /** A capitalised demonym just before: 'le Géorgien [Khvicha Kvaratskhelia]'. */
  demonym: boolean;
  /** 'un homme nommé [Hekashepes]', 'surnommé [Hemedti]'. */
  naming: boolean;
  /** An article just before ('le Charles-de-Gaulle', 'la Marine nationale'), with no role between. */
  article: boolean;
  /** A word that makes the name a place or a thing: 'rue', 'lycée', 'loi', 'prix'. */
  namedAfter: boolean;
  /** Alone between quotes: '« Jeanne du Barry »', a title of a work. */
  quoted: boolean;
  /** A common noun before, not a role: 'la sonde [Europa Clipper]', 'le laboratoire danois [Bavarian Nordic]', 'la province de [Cabo Delgado]'. */
  thing: boolean;
}

// 'le canal de Darwin', 'le détroit de Magellan', 'la baie d'Hudson': a feature named after a person.
const GEO_NOUNS = new Set(['canal', 'detroit', 'mer', 'baie', 'golfe', 'cap', 'lac', 'mont', 'ile', 'archipel', 'fleuve', 'riviere', 'glacier', 'pic', 'col', 'chutes', 'terre', 'cratere']);

const SENTENCE_STOP = new Set(['.', '!', '?', ';', ':', '…', '(', ')', '[', ']', '«', '»', '"', '“', '”', '—', '–']);
const OPEN_QUOTES = new Set(['«', '"', '“']);
const CLOSE_QUOTES = new Set(['»', '"', '”']);
const COMPLEMENT_WORDS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et']);
// Lower-case words that may stand between a role noun and the name: 'le président élu', 'la ministre déléguée'.
// Those ADJECTIVE_END reads as adjectives already ('sortant', 'général', 'ancien', 'déléguée') are not listed.
const ROLE_MODIFIERS = new Set([
  'elu', 'elue', 'delegue', 'adjoint', 'adjointe', 'designe', 'etranger', 'charge', 'defunt', 'defunte', 'nouveau', 'chef', 'emerite',
]);
// 'bassiste', 'musicologue', 'lugeur', 'équipier', 'physicienne', 'dignitaire': nouns of people by their ending
// (an ending that ends in another of the list, '-ologue' in '-logue', is left to that one).
/**
 * Nouns of people by their ending, read from the word's end in a table (endings.ts), not by a pattern.
 * @example ROLE_LIKE_END.endsOne('bassiste') // true
 */
export const ROLE_LIKE_END = new Endings(['iste', 'istes', 'logue', 'eur', 'euse', 'rice', 'ier', 'iere', 'ien', 'ienne', 'aire', 'ante', 'ant', 'ard', 'arde', 'ain', 'aine', 'at', 'ate', 'ete', 'ite']);
// 'américain', 'sortante', 'irakien' by their ending ('-ière' is in '-ere').
/**
 * Adjectives by their ending, read from the word's end in a table (endings.ts).
 * @example ADJECTIVE_END.endsOne('irakien') // true
 */
export const ADJECTIVE_END = new Endings([
  'ien', 'ienne', 'iens', 'iennes', 'ais', 'aise', 'aises', 'ain', 'aine', 'ains', 'aines', 'ois', 'oise', 'oises', 'ique', 'iques', 'iste', 'istes',
  'al', 'ale', 'ales', 'aux', 'el', 'elle', 'els', 'elles', 'aire', 'aires', 'if', 'ive', 'ifs', 'ives', 'ant', 'ante', 'ants', 'antes', 'ent', 'ente',
  'ents', 'entes', 'ee', 'ees', 'ere', 'eres', 'ier', 'eur', 'euse', 'ard', 'arde', 'on', 'one', 'ote',
]);

/** Lower-case adjective-like word after a role noun, token `i`: 'américain', 'sortante', 'irakien'. */
function isRoleAdjective(tokens: readonly Token[], i: number, lex: PersonLexicon): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap) return false;
  // (An article is never read as an adjective: none has the four letters the ending test asks, 'les', 'une'.)
  return hasFact(lex, tokens, i, DEMONYM) || ROLE_MODIFIERS.has(t.key) || (t.key.length >= 4 && ADJECTIVE_END.endsOne(t.key));
}

/**
 * Where the role noun (one to four tokens, prefixes included) that ends at token `k` starts,
 * or -1; the longest role wins.
 * @example roleEndingAt(prepare("l'ancien Premier ministre").tokens, 3) // 1 ('ancien Premier ministre')
 */
export function roleEndingAt(tokens: readonly Token[], k: number): number {
  const last = tokens[k];
  // Most tokens end no role: answered by their word number before any string is built.
  if (!last || last.kind === 'punct' || !endsLikeRole(tokens, k)) return -1;
  let key = '';
  let head = -1;
  // The longest role wins: 'secrétaire général', not 'général'.
  for (let len = 1; len <= 4 && k - len + 1 >= 0; len++) {
    const t = tokens[k - len + 1] as Token;
    if (t.kind === 'punct') break;
    const part = t.kind === 'elision' ? t.key.slice(0, -1) : t.key;
    key = len === 1 ? part : part + ' ' + key;
    if (ROLE_NOUNS.has(key)) head = k - len + 1;
    // 'ex-président', 'ex-Premier ministre': 'ex' and its hyphen stay inside the role.
    else if (key.startsWith('ex ') && ROLE_NOUNS.has(key.slice(3))) head = k - len + 1;
  }
  return head < 0 ? -1 : extendRolePrefixes(tokens, head);
}

/** The last word of every role ('ministre' of 'premier ministre', 'sceaux' of 'garde des sceaux'). */
const ROLE_LAST_WORDS = new Set([...ROLE_NOUNS].map(lastWord));
const ROLE_LAST_WORD_NUMBERS = new NumberedWords(ROLE_LAST_WORDS);

/**
 * Whether token `k` ends with the last word of a role: a one-word key by its word number, a
 * hyphenated one by its last part ('vice président' of 'vice-président').
 */
function endsLikeRole(tokens: readonly Token[], k: number): boolean {
  const numbers = tokenWordNumbers(tokens);
  if (numbers[k] !== SEVERAL_WORDS) return ROLE_LAST_WORD_NUMBERS.at(tokens, numbers, k);
  return ROLE_LAST_WORDS.has(lastWord((tokens[k] as Token).key));
}

function lastWord(key: string): string {
  const sp = key.lastIndexOf(' ');
  return sp < 0 ? key : key.slice(sp + 1);
}

/** 'l'ancien Premier ministre': the prefixes before a role noun belong to the role. */
function extendRolePrefixes(tokens: readonly Token[], head: number): number {
  let h = head;
  while (h > 0 && ROLE_PREFIXES.has((tokens[h - 1] as Token).key) && (tokens[h - 1] as Token).kind === 'word') h--;
  return h;
}

/**
 * The text of tokens [a, b) as written, on one line.
 * @example spanText(view, tokens, 0, 4) // 'ministre marocain des Affaires' for 'ministre marocain des\nAffaires'
 */
export function spanText(view: string, tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last || b <= a) return '';
  return singleSpaced(view.slice(first.start, last.end));
}

/**
 * What stands before the name that starts at token `i`: a title ('M.', 'Mme'), then a role
 * ('la ministre', 'le président américain', 'le ministre de l'Intérieur', 'Son président,'),
 * a capitalised demonym ('l'Autrichien'), a naming word ('nommé'), an article or a word that
 * makes the name a place ('rue', 'lycée'). Never looks past the start of the sentence.
 *
 * `particleStart`: the name opens on a particle ('de Gaulle', 'Le Drian', 'al-Soudani'), which
 * only a title, a naming word or an adjacent role let it do ('le général de Gaulle'); without them
 * the cues read after the role (a complement, an apposition, an article, a thing) could change
 * nothing, and are not read: in 'la Russie de Vladimir Poutine', 'de Vladimir' has no leave.
 *
 * `thingCue`: whether to look for a thing's noun before the name ('la sonde [Europa Clipper]'),
 * which the judge weighs only for a name of two words or more: the person finder leaves it unread
 * for a name of one word ('le Centre'), some two in three of the names it reads.
 * @example cuesBefore(prepare('la ministre Catherine Colonna').tokens, 2, view, lex) // { role: 'ministre', roleKind: 'adjacent' }
 */
export function cuesBefore(tokens: readonly Token[], i: number, view: string, lex: PersonLexicon, particleStart = false, thingCue = true): Cues {
  const cues: Cues = {
    title: undefined, pluralTitle: false, role: undefined, roleKind: undefined, demonym: false,
    naming: false, article: false, namedAfter: false, quoted: false, thing: false,
  };
  let k = i - 1;
  const prev = tokenOrNone(tokens, k);
  if (!prev) return cues;
  // Quotes around the name alone: '« Jeanne du Barry »' is a film. (A quote is punctuation: a word's
  // text is not looked up.)
  if (prev.kind === 'punct' && OPEN_QUOTES.has(prev.text)) cues.quoted = true;
  // Title: 'M.', 'Mme', 'Dr.', 'MM.', 'Monsieur'; told by its word number first, most words are none.
  const at0 = prev.text === '.' && prev.start === tokenOrNone(tokens, k - 1)?.end ? k - 1 : k;
  const t0 = tokens[at0];
  if (t0 && t0.kind === 'word' && TITLE_WORDS.at(tokens, tokenWordNumbers(tokens), at0) && (t0.cap || !TITLES_NEEDING_CAPITAL.has(t0.key)) && !(t0.key === 'm' && t0 === prev && t0.text !== 'M')) {
    cues.title = TITLES.get(t0.key) as string;
    if (PLURAL_TITLES.has(t0.key)) cues.pluralTitle = true;
    k = t0 === prev ? k - 1 : k - 2;
  }
  const before = tokenOrNone(tokens, k);
  if (!before) return cues;
  // (The word before a name and the one before it are told by their word number, most of them: word-classes.ts.)
  const numbers = tokenWordNumbers(tokens);
  if ((wordClassesAt(tokens, numbers, k) & NAMED_AFTER_WORD) !== 0) cues.namedAfter = true;
  // 'le Centre spatial Kennedy', 'l'Hôpital européen Georges-Pompidou', 'le Lycée français Charles-de-Gaulle': a
  // capitalised place word and its adjective.
  const place = tokenOrNone(tokens, k - 1);
  if (place?.cap && before.kind === 'word' && !before.cap && (wordClassesAt(tokens, numbers, k - 1) & NAMED_AFTER_WORD) !== 0 && (ADJECTIVE_END.endsOne(before.key) || /e(?:en|enne)$/.test(before.key))) cues.namedAfter = true;
  // 'la Maison de Jules Verne', 'le Musée de Victor Hugo': a capitalised place word and 'de'.
  if ((before.key === 'de' || before.key === "d'") && ((place?.cap && (wordClassesAt(tokens, numbers, k - 1) & NAMED_AFTER_WORD) !== 0) || GEO_NOUNS.has(place?.key ?? ''))) cues.namedAfter = true;
  if (!cues.title && NAMING_WORDS.has(before.key) && !before.cap) cues.naming = true;
  // Capitalised demonym: 'le Géorgien', 'la Néo-Zélandaise', 'l'Autrichien'.
  if (!cues.title && before.cap && hasFact(lex, tokens, k, DEMONYM)) cues.demonym = true;
  // Role, adjacent or with its adjectives: 'la ministre', 'le président américain', 'le Premier ministre irakien'.
  let r = k;
  while (r > k - 3 && isRoleAdjective(tokens, r, lex) && roleEndingAt(tokens, r) < 0) r--;
  let head = roleEndingAt(tokens, r);
  if (head >= 0) {
    cues.role = spanText(view, tokens, head, k + 1);
    // A role noun is a noun after a determiner ('le président', 'sa veuve', 'du ministre'); without
    // one it may be a verb ('Human Rights Watch accuse Tsahal'), good for a name of two words only.
    cues.roleKind = introducesRole(tokens, head) ? 'adjacent' : 'soft';
    return cues;
  }
  if (particleStart && !cues.title && !cues.naming) return cues;
  // A noun that reads as a role by its ending ('le bassiste', 'son équipier', 'le lugeur
  // géorgien'): enough for a name of two words, not for one.
  const soft = tokens[r];
  if (soft && soft.kind === 'word' && !soft.cap && ROLE_LIKE_END.endsOne(soft.key) && DETERMINERS.has(tokens[r - 1]?.key ?? '') && !THING_NOUNS.has(soft.key)) {
    cues.role = spanText(view, tokens, r, k + 1);
    cues.roleKind = 'soft';
    return cues;
  }
  // Role with a complement: 'le ministre de l'Intérieur', 'le secrétaire d'État américain'.
  for (let c = k; c >= Math.max(0, k - 7); c--) {
    const w = tokens[c] as Token;
    if (w.kind === 'punct') break;
    if (COMPLEMENT_WORDS.has(w.key) && !w.cap) {
      // The complement must stand between the role and the name: 'le patron de [World Rugby]' has none.
      if (c === k) break;
      head = roleEndingAt(tokens, c - 1);
      if (head >= 0) {
        cues.role = spanText(view, tokens, head, k + 1);
        cues.roleKind = 'complement';
        return cues;
      }
      continue;
    }
    if (!(w.cap || isRoleAdjective(tokens, c, lex))) break;
  }
  // Apposition: 'Son président, Nasser al-Khelaïfi', 'le Premier ministre irakien, Mohammed Chia al-Soudani'.
  if (before.text === ',' && !cues.title) {
    for (let c = k - 1; c >= Math.max(0, k - 10); c--) {
      const w = tokens[c] as Token;
      if (SENTENCE_STOP.has(w.text) || w.text === ',') break;
      // Only a role phrase stands between the role noun and the comma: 'chez sa mère à Louisville, [Kentucky]' is none.
      if (c < k - 1 && !(w.cap || COMPLEMENT_WORDS.has(w.key) || isRoleAdjective(tokens, c, lex) || roleEndingAt(tokens, c) >= 0)) break;
      head = roleEndingAt(tokens, c);
      if (head >= 0) {
        cues.role = spanText(view, tokens, head, k);
        cues.roleKind = 'apposition';
        return cues;
      }
    }
  }
  // An article with nothing between it and the name: 'le Charles-de-Gaulle', 'du Paris Saint-Germain'.
  if (!cues.title && ARTICLES.has(before.key) && before.kind !== 'punct') cues.article = true;
  if (thingCue && !cues.title && isThingBefore(tokens, k, lex)) cues.thing = true;
  return cues;
}

// 'le PDG de Saudi Aramco', 'le président de Tata Sons': who heads something, 'de', then the thing.
const HEAD_OF = new Set([
  'president', 'presidente', 'pdg', 'ceo', 'dg', 'directeur', 'directrice', 'patron', 'patronne', 'chef', 'cheffe', 'dirigeant', 'dirigeante',
  'fondateur', 'fondatrice', 'proprietaire', 'actionnaire', 'gouverneur', 'gouverneure', 'maire', 'prefet', 'prefete', 'ambassadeur', 'ambassadrice',
  'entraineur', 'selectionneur', 'capitaine', 'joueur', 'joueuse', 'membre', 'membres', 'secretaire', 'porte parole', 'leader', 'administrateur',
  'administratrice', 'numero', 'siege', 'filiale', 'maison', 'groupe', 'societe', 'action', 'actions', 'titre', 'marque', 'usine', 'usines', 'site',
]);

/** Whether the role that starts at `head` follows a determiner, a comma, a title or the start of a sentence. */
function introducesRole(tokens: readonly Token[], head: number): boolean {
  const before = tokens[head - 1];
  if (!before) return true;
  if (ROLE_DETERMINERS.has(before.key) || before.text === ',' || before.text === '(' || before.text === ':') return true;
  return (tokens[head] as Token).sentenceStart;
}

const ROLE_DETERMINERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'du', 'au', 'aux', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos',
  'votre', 'vos', 'mon', 'ma', 'mes', "d'", 'de', 'et', 'ou', 'comme', 'par', 'avec', 'pour', 'selon', 'entre', 'chez', 'contre', 'dont', 'que',
]);

const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'au', 'aux', 'des', 'ce', 'cet', 'cette', 'son', 'sa', 'ses', 'leur', 'notre']);
// 'la province de Cabo Delgado', 'la région de …': a place noun and 'de' before a name make it a place.
const PLACE_NOUNS = new Set([
  'province', 'region', 'ville', 'departement', 'district', 'commune', 'prefecture', 'comte', 'canton', 'gouvernorat', 'wilaya', 'oblast',
  'quartier', 'banlieue', 'village', 'ile', 'archipel', 'capitale', 'baie', 'golfe', 'lac', 'fleuve', 'riviere', 'vallee', 'plaine', 'desert',
  'massif', 'chaine', 'peninsule', 'territoire', 'localite', 'bourg', 'hameau', 'etat', 'municipalite', 'agglomeration', 'metropole',
]);

/**
 * A determiner and a common noun that is not a role right before the name ('la sonde', 'le
 * laboratoire danois'), or a place noun and 'de' ('la province de'): the name is a thing's.
 */
function isThingBefore(tokens: readonly Token[], k: number, lex: PersonLexicon): boolean {
  const before = tokenOrNone(tokens, k);
  if (!before) return false;
  if ((before.key === 'de' || before.key === "d'" || before.key === 'du' || before.key === 'des') && (PLACE_NOUNS.has(tokenOrNone(tokens, k - 1)?.key ?? '') || HEAD_OF.has(tokenOrNone(tokens, k - 1)?.key ?? ''))) return true;
  let c = k;
  if (isRoleAdjective(tokens, c, lex) && hasFact(lex, tokens, c, DEMONYM)) c--;
  const noun = tokenOrNone(tokens, c);
  const det = tokenOrNone(tokens, c - 1);
  return !!noun && !!det && noun.kind === 'word' && !noun.cap && THING_NOUNS.has(noun.key) && DETERMINERS.has(det.key);
}

/**
 * Common nouns that announce the name of a company, a work, a product or a place, never a
 * person: 'le laboratoire danois Bavarian Nordic', 'la sonde Europa Clipper', 'le groupe Pink Floyd'.
 */
const THING_NOUNS = new Set([
  'laboratoire', 'groupe', 'constructeur', 'fabricant', 'equipementier', 'avionneur', 'motoriste', 'sonde', 'satellite', 'fusee', 'telescope', 'rover',
  'site', 'logiciel', 'application', 'appli', 'plateforme', 'reseau', 'moteur', 'film', 'album', 'single', 'titre', 'chanson', 'morceau', 'jeu', 'serie',
  'emission', 'roman', 'livre', 'recueil', 'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'magazine', 'revue', 'chaine', 'radio', 'marque', 'societe',
  'entreprise', 'firme', 'compagnie', 'label', 'club', 'equipe', 'formation', 'navire', 'bateau', 'paquebot', 'cargo', 'petrolier', 'avion', 'appareil',
  'modele', 'vehicule', 'voiture', 'projet', 'programme', 'operation', 'fonds', 'banque', 'assureur', 'operateur', 'distributeur', 'geant', 'holding',
  'conglomerat', 'studio', 'festival', 'tournoi', 'competition', 'championnat', 'stade', 'salle', 'restaurant', 'musee', 'fondation', 'association',
  'ong', 'parti', 'syndicat', 'mouvement', 'collectif', 'orchestre', 'duo', 'trio', 'quatuor', 'quintette', 'ville', 'village', 'commune', 'quartier',
  'ile', 'station', 'port', 'aeroport', 'gare', 'pays', 'fleuve', 'riviere', 'lac', 'volcan', 'mont', 'col', 'massif', 'desert', 'domaine', 'chateau',
  'cru', 'vin', 'champagne', 'cognac', 'parfum', 'medicament', 'vaccin', 'traitement', 'molecule', 'virus', 'variant', 'ouragan', 'cyclone', 'tempete',
  'typhon', 'missile', 'drone', 'char', 'systeme', 'dispositif', 'indice', 'cac', 'bourse', 'start up', 'startup', 'agence', 'cabinet',
  'magasin', 'enseigne', 'franchise', 'saga', 'manga', 'bd', 'spectacle', 'piece', 'opera', 'ballet', 'tableau', 'oeuvre', 'toile',
]);

/**
 * The role written after a name, between commas: '[Nasser Bourita], ministre marocain des
 * Affaires étrangères, accueillera', '[M. Ador], conseiller fédéral,'.
 * @example roleAfter(prepare('Nasser Bourita, ministre marocain, a dit').tokens, 2, view) // 'ministre marocain'
 */
export function roleAfter(tokens: readonly Token[], end: number, view: string): string | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  let a = end + 1;
  // 'X, le ministre…', 'X, son épouse…', 'X, l'ancien président…'
  const det = tokens[a];
  if (det && !det.cap && (det.key === 'le' || det.key === 'la' || det.key === "l'" || det.key === 'son' || det.key === 'sa' || det.key === 'un' || det.key === 'une')) a++;
  for (let h = a; h < a + 4 && h < tokens.length; h++) {
    const w = tokens[h] as Token;
    if (w.kind === 'punct') return undefined;
    const head = roleEndingAt(tokens, h);
    // The role must open the apposition, prefixes aside: not 'X, a dit le ministre'.
    if (head < 0 || head > a) continue;
    let b = h + 1;
    while (b < tokens.length && b < a + 14) {
      const x = tokens[b] as Token;
      if (x.kind === 'punct' || breaksLine(x)) break;
      b++;
    }
    return spanText(view, tokens, a, b);
  }
  return undefined;
}


/**
 * Whether a quote closes right after the name: '« Jeanne du Barry »' is a film.
 * @example closedByQuote(prepare('« Jeanne du Barry »').tokens, 4) // true
 */
export function closedByQuote(tokens: readonly Token[], end: number): boolean {
  return CLOSE_QUOTES.has(tokens[end]?.text ?? '');
}
