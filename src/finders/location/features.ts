import { breaksLine, type Token } from '../../text/tokenize.js';
import type { LocationKind } from '../../types.js';
import { NumberedWords, tokenWordNumbers } from '../vocabulary.js';
import { isOfLink } from '../place-context.js';

/**
 * Named geographic features and facilities: a head word, then a capitalised name, the head inside the
 * span as the corpus guide says ('[lac Kivu]', '[port de Beyrouth]', '[détroit de Taïwan]',
 * '[palais de la Paix]', '[Stade de France]', '[rue Victor-Hugo]').
 */

// Folded head word → kind of place. Administrative words ('région', 'province', 'ville') are not heads:
// the guide keeps them outside ('la province de [Hatay]'), see cues.ts.
const HEADS = new Map<string, LocationKind>([
  ...(['lac', 'lacs', 'mer', 'ocean', 'golfe', 'baie', 'detroit', 'canal', 'fleuve', 'riviere', 'gave', 'delta', 'estuaire', 'chutes', 'glacier', 'lagune'] as const).map((k) => [k, 'water'] as [string, LocationKind]),
  ...(['mont', 'monts', 'massif', 'col', 'pic', 'volcan', 'cordillere', 'chaine'] as const).map((k) => [k, 'mountain'] as [string, LocationKind]),
  ...(['ile', 'iles', 'archipel', 'peninsule', 'plateau', 'desert', 'vallee', 'foret', 'plaine', 'bande', 'oasis', 'cap', 'salar', 'reserve'] as const).map((k) => [k, 'area'] as [string, LocationKind]),
  // Former and historical states: 'Royaume de Hongrie', 'Empire du Japon', 'grand-duché de Lituanie'.
  ...(['royaume', 'empire', 'principaute', 'duche', 'grand duche', 'sultanat', 'califat', 'emirat', 'khanat'] as const).map((k) => [k, 'region'] as [string, LocationKind]),
  ...(['parc', 'jardin', 'jardins', 'place', 'rue', 'avenue', 'boulevard', 'pont', 'port', 'aeroport', 'gare', 'stade', 'palais', 'chateau', 'musee', 'cathedrale', 'basilique', 'abbaye', 'tour', 'plage', 'quartier', 'cimetiere', 'barrage', 'esplanade', 'promenade', 'prison'] as const).map((k) => [k, 'place'] as [string, LocationKind]),
]);

// Heads that also make common phrases with a person's name: 'à la place de Macron', 'au tour de Le Pen',
// 'le cap de Bercy'. They take a name right after ('place Tahrir', 'tour Eiffel') or after an article
// ('place de la Concorde', 'place du Trocadéro'), never after a bare 'de'.
const NEEDS_ARTICLE_AFTER_DE = new Set(['place', 'tour', 'cap', 'chaine', 'promenade']);
// Small words allowed inside a name when a capitalised word follows: 'palais de la Paix', 'Rio de la Plata'.
const INNER = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les', 'sur']);
const MAX_NAME_TOKENS = 6;
// The adjective of a kind of protected area or facility, between the head and its name: 'le parc national
// des Virunga', 'la réserve naturelle de Scandola', 'l'aéroport international de Beyrouth', 'le stade
// olympique de Kiev'. Not 'le parc industriel de Morowali': an industrial estate is named by its town.
const HEAD_ADJECTIVES = new Map<string, ReadonlySet<string>>([
  ['parc', new Set(['national', 'naturel', 'regional', 'marin'])],
  ['reserve', new Set(['naturelle', 'nationale', 'marine', 'forestiere'])],
  ['aeroport', new Set(['international'])],
  ['stade', new Set(['olympique', 'municipal'])],
]);
const INDEFINITE = new Set(['un', 'une', 'des', 'plusieurs', 'chaque', 'quelques', 'deux', 'trois', 'nombreux', 'nombreuses', 'autre', 'autres']);

// Heads that only describe a place named on its own: 'le fleuve Chari', 'l'île de Lesbos', 'la vallée du
// Rhône', 'la plage de Saint-Michel-en-Grève'. The span is the name alone after 'de', 'du', 'des', or when
// the name is a known place ('fleuve' and 'rivière' always); 'port de Beyrouth', 'château de Versailles',
// 'baie de Saint-Brieuc' keep their head, as the corpus guide does.
/** The head words, numbered in the shared vocabulary: `matchFeature` is asked at every token. */
const HEAD_WORDS = new NumberedWords(HEADS.keys());
const DESCRIPTIVE_HEADS = new Set(['ile', 'iles', 'archipel', 'vallee', 'quartier', 'peninsule', 'plage', 'estuaire']);
const ALWAYS_DESCRIPTIVE = new Set(['fleuve', 'riviere']);

/**
 * Whether a head word names a built place ('place', 'rue', 'tour', 'stade'), not a sea, a mountain or an area.
 * @example isBuiltPlaceHead('place') // true; isBuiltPlaceHead('golfe') // false
 */
export function isBuiltPlaceHead(key: string): boolean {
  return HEADS.get(key) === 'place';
}

/** A feature found at a token: where it ends and what kind it is. */
export interface FeatureMatch {
  end: number;
  kind: LocationKind;
  /** Where the name after the head starts. */
  nameStart: number;
  /** The head only describes the name: 'fleuve Chari', 'île de Lesbos' when Lesbos is known. */
  descriptive: 'always' | 'if-known' | false;
}

/**
 * A head word at token `i` followed by a name, or undefined.
 * @example matchFeature(tokens of 'le lac Kivu', 1) // { end: 3, kind: 'water', nameStart: 2 }
 */
export function matchFeature(tokens: readonly Token[], i: number): FeatureMatch | undefined {
  // Most tokens are no head word: they are answered by their word number before the token is read.
  if (!HEAD_WORDS.at(tokens, tokenWordNumbers(tokens), i)) return undefined;
  const head = tokens[i];
  if (!head || head.kind !== 'word') return undefined;
  const kind = HEADS.get(head.key);
  if (!kind) return undefined;
  // 'une forêt de Gironde', 'des plages de Normandie': a common noun, not a named feature.
  if (INDEFINITE.has(tokens[i - 1]?.key ?? '')) return undefined;
  let j = i + 1;
  const adjective = tokens[j];
  if (adjective && !adjective.cap && HEAD_ADJECTIVES.get(head.key)?.has(adjective.key)) j++;
  // 'la réserve de pêche', 'une réserve d'eau': 'réserve' names a place only with its adjective.
  else if (head.key === 'reserve') return undefined;
  const link = tokens[j];
  let bareDe = false;
  let linked = false;
  let withArticle = false;
  if (link && isOfLink(link) && !link.cap) {
    j++;
    linked = true;
    const article = tokens[j];
    if (article && (article.key === 'la' || article.key === "l'") && !article.cap) {
      j++;
      withArticle = true;
    } else bareDe = link.key === 'de' || link.key === "d'";
  }
  if (bareDe && NEEDS_ARTICLE_AFTER_DE.has(head.key)) return undefined;
  // A chain of mountains is named with 'de' ('la chaîne des Andes'); 'la chaîne C8' is a television channel.
  if (head.key === 'chaine' && !linked) return undefined;
  const nameStart = j;
  // 'Col EMG G. de Loës' (a colonel), 'place CDG': an acronym after a head is no place name.
  const firstName = tokens[j];
  if (firstName?.upper && firstName.text.length <= 4) return undefined;
  let end = -1;
  for (let n = 0; j < tokens.length && n < MAX_NAME_TOKENS; j++, n++) {
    const t = tokens[j] as Token;
    if (breaksLine(t)) break;
    if (t.kind === 'word' && t.cap) {
      end = j + 1;
      continue;
    }
    if (end > 0 && INNER.has(t.key) && tokens[j + 1]?.cap && tokens[j + 1]?.kind === 'word') continue;
    if (t.kind === 'elision' && INNER.has(t.key) && end > 0) continue;
    break;
  }
  if (end < 0) return undefined;
  // 'l'île de Lesbos', 'l'archipel des Maldives': the name stands alone after a link; 'l'île Maurice' and
  // 'la plage de la Grandville' keep their head unless the name is a known place.
  const described = DESCRIPTIVE_HEADS.has(head.key) ? (linked && !withArticle ? 'always' : 'if-known') : false;
  const descriptive = ALWAYS_DESCRIPTIVE.has(head.key) ? 'always' : described;
  return { end, kind, nameStart, descriptive };
}
