/**
 * The tense a date is spoken in, from the verbs around it in its sentence. A bare weekday
 * or a day without its year takes its direction from it: 'a été reçu [jeudi]' is the last
 * Thursday, 'se rendra [jeudi] au Liban' the next one, 'Revenu au pouvoir le [1er janvier]'
 * (in August) the January before.
 */
export type Tense = 'past' | 'future';

/** A tense and whether its verb stands right before the date ('ont voté le [28 avril]'). */
export interface TenseClue {
  tense: Tense;
  near: boolean;
}

interface Word {
  /** Lower case, as written. */
  w: string;
  /** Written with a capital and not first of the sentence: a name ('Émirats arabes Unis', 'Parti'). */
  name: boolean;
  start: number;
  end: number;
}

// Words in -ra(s)/-ront that are no futur simple ('la caméra', 'le front').
const NOT_FUTURE = new Set(['caméra', 'caméras', 'opéra', 'opéras', 'choléra', 'extra', 'ultra', 'mantra', 'cobra', 'contra', 'front', 'fronts', 'affront', 'affronts', 'tiara', 'sierra', 'aura', 'hydra', 'vera', 'sutra', 'zebra', 'intra', 'para', 'clara', 'mascara', 'tundra', 'chakra', 'agora']);
// Words in -ait that are no imparfait ('le lait', 'le retrait').
const NOT_IMPARFAIT = new Set(['lait', 'trait', 'traits', 'portrait', 'retrait', 'attrait', 'souhait', 'extrait', 'abstrait', 'distrait', 'fait', 'parfait', 'plait', 'plaît', 'satisfait', 'forfait', 'bienfait', 'méfait', 'effet']);
// Participles that look ahead with 'être': 'est [prévu] jeudi', 'sont attendus lundi'; alone they
// say nothing ('initialement prévu jeudi' was last Thursday), but 'attendu' ('attendu à l'automne').
const SCHEDULED = /^(?:prévu|attendu|programmé|convoqué|invité|censé|fixé|appelé|planifié|reporté|repoussé|ajourné|annoncé|espéré)e?s?$/u;
const EXPECTED = /^attendue?s?$/u;
// Nouns in -é(e)(s) that are common near a date and are no participles.
const NOT_PARTICIPLE = new Set([
  'année', 'années', 'journée', 'journées', 'soirée', 'matinée', 'été', 'comité', 'société', 'armée', 'entrée', 'rentrée',
  'arrivée', 'durée', 'idée', 'musée', 'lycée', 'marée', 'fumée', 'réalité', 'sécurité', 'unité', 'majorité', 'priorité',
  'activité', 'capacité', 'qualité', 'quantité', 'autorité', 'autorités', 'volonté', 'liberté', 'santé', 'cité', 'côté',
  'député', 'députés', 'traité', 'marché', 'clergé', 'congé', 'congés', 'degré', 'procédé', 'résumé', 'café', 'thé',
  'bébé', 'canapé', 'épée', 'assemblée', 'chaussée', 'pensée', 'portée', 'montée', 'poussée', 'tournée', 'vallée', 'allée',
  'mosquée', 'odyssée', 'trophée', 'cuvée', 'veillée', 'passé', 'lycées', 'communauté', 'université', 'électricité',
  'difficulté', 'identité', 'humanité', 'nationalité', 'neutralité', 'solidarité', 'stabilité', 'propriété', 'moitié', 'pitié',
]);
// Irregular participles a date follows in news: 'élu dimanche', 'reçu jeudi', 'Né début février'.
const IRREGULAR = /^(?:né|mort|(?:re|sur|inter|par|de|pré|con)?venu|(?:ob|re|main|dé)?tenu|parti|sorti|réuni|(?:ré)?élu|reçu|perçu|conçu|vu|(?:re)?pris|(?:re|per|pro|sou|ad|com)?mis|compris|surpris|dit|écrit|conduit|produit|détruit|construit|introduit|traduit|(?:r|déc|c)?ouvert|offert|souffert|atteint|éteint|craint|(?:re)?joint|perdu|rendu|vendu|entendu|répondu|suspendu|disparu|paru|apparu|(?:a|dé)?battu|résolu|voulu|connu|reconnu|vécu|saisi|choisi|établi|fini|réussi|accompli|rempli|franchi|trahi|envahi|investi|averti|garanti|ralenti|abouti|bâti|subi|défini|fourni|puni|uni)e?s?$/u;
// Adverbs between an auxiliary and its participle: 'a déjà été', 'serait « très fortement perturbé »'.
const BETWEEN = new Set(['déjà', 'aussi', 'encore', 'enfin', 'notamment', 'ensuite', 'alors', 'pourtant', 'bien', 'pas', 'plus', 'jamais', 'toujours', 'ainsi', 'même', 'ne', 'n', 'été', 'très', 'depuis', 'peu', 'trop', 'tout', 'mal', 'guère', 'point', 'désormais', 'souvent', 'parfois']);
const isBetween = (w: string) => BETWEEN.has(w) || (w.length > 6 && w.endsWith('ment'));
const AVOIR = new Set(['a', 'ont', 'avait', 'avaient', 'eut', 'eurent', 'ait', 'aient', 'avons', 'avez', 'ai', 'aurait', 'auraient']);
const ETRE = new Set(['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'soit', 'soient', 'sommes', 'êtes', 'suis']);
const FUTURE_AUX = new Set(['sera', 'seront', 'aura', 'auront', 'serait', 'seraient', 'serons', 'serez', 'aurons', 'aurez']);
const PAST_AUX = new Set(['avait', 'avaient', 'était', 'étaient', 'eut', 'eurent', 'fut', 'furent']);
// 'va se rendre', 'doit se réunir', 'devrait annoncer', 'doit être retirée'.
const GOING = new Set(['va', 'vont', 'allait', 'allaient', 'doit', 'doivent', 'devait', 'devaient', 'devrait', 'devraient', 'devra', 'devront', 'pourrait', 'pourraient', 'compte', 'comptent', 'prévoit', 'prévoient', 'envisage', 'envisagent', 'espère', 'espèrent']);
const CLITICS = new Set(['se', 's', 'y', 'en', 'le', 'la', 'les', 'l', 'lui', 'leur', 'nous', 'vous', 'me', 'm', 'te']);
const INFINITIVE = /(?:er|ir|re|oir)$/u;
const ARTICLES = new Set(['le', 'la', 'les', 'un', 'une', 'l', 'des', 'du', 'au', 'aux', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** A participle after its auxiliary: any of the regular endings ('prévue', 'reçu', 'mis', 'ouvert'). */
function looksParticiple(w: string): boolean {
  if (NOT_PARTICIPLE.has(w) || w.length < 2) return false;
  return /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|erts|int|ainte|eint|einte)$/u.test(w) || IRREGULAR.test(w);
}

/** A participle standing alone: only the unmistakable forms ('réunie', 'tué', 'élu', 'Né'). */
function isParticiple(w: string): boolean {
  if (NOT_PARTICIPLE.has(w) || w.length < 2) return false;
  return /(?:é|ée|és|ées)$/u.test(w) || IRREGULAR.test(w);
}

/** The auxiliary a participle hangs on, a few words back: 'a été [reçu]', 'sera [investi]', 'doit être [retirée]'. */
function auxiliaryBefore(words: readonly Word[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = words[k]?.w ?? '';
    if (AVOIR.has(w) || ETRE.has(w) || FUTURE_AUX.has(w) || w === 'être' || w === 'avoir') return k;
    if (!isBetween(w)) return -1;
  }
  return -1;
}

/** The tense an auxiliary gives with the participle after it: 'a validé', 'est attendu', 'sera investi'. */
function auxiliarySignal(words: readonly Word[], k: number): Tense | null {
  const a = words[k]?.w ?? '';
  if (a === 'être' || a === 'avoir') {
    // An infinitive auxiliary takes the tense of its verb: 'doit être retirée', 'va être nommé'.
    const g = k - 1 >= 0 && GOING.has(words[k - 1]?.w ?? '') ? k - 1 : k - 2 >= 0 && GOING.has(words[k - 2]?.w ?? '') ? k - 2 : -1;
    return g >= 0 ? 'future' : null;
  }
  let p = k + 1;
  while (p < words.length && p <= k + 4 && isBetween(words[p]?.w ?? '') && words[p]?.w !== 'été') p++;
  let participle = words[p]?.w ?? '';
  if (participle === 'été' && looksParticiple(words[p + 1]?.w ?? '')) participle = words[p + 1]?.w ?? '';
  const hasParticiple = participle === 'été' || looksParticiple(participle);
  if (a === 'aurait' || a === 'auraient') return hasParticiple ? 'past' : 'future';
  if (FUTURE_AUX.has(a)) return 'future';
  if (!hasParticiple) return PAST_AUX.has(a) ? 'past' : null;
  // 'est prévu jeudi', 'sont attendus lundi' look ahead; 'avait été reporté' is past.
  if (SCHEDULED.test(participle)) return a === 'est' || a === 'sont' ? 'future' : 'past';
  return 'past';
}

/**
 * The tense one word gives. `near` tells that it stands right before the date, where a
 * participle alone speaks of it: 'réunie [samedi]', 'tué [mardi dernier]', 'Saisie le [29 décembre]'.
 */
function signalAt(words: readonly Word[], i: number, near: boolean): Tense | null {
  const word = words[i];
  if (!word || word.name) return null;
  const w = word.w;
  if (AVOIR.has(w) || ETRE.has(w) || FUTURE_AUX.has(w)) return auxiliarySignal(words, i);
  if (GOING.has(w)) {
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      const next = words[k]?.w ?? '';
      if (CLITICS.has(next) || isBetween(next)) continue;
      return INFINITIVE.test(next) ? 'future' : null;
    }
    return null;
  }
  if (w.length >= 4 && (w.endsWith('ra') || w.endsWith('ront')) && !NOT_FUTURE.has(w)) return 'future';
  if (w.length >= 5 && (w.endsWith('rait') || w.endsWith('raient'))) return 'future';
  if (w.length >= 5 && (w.endsWith('ait') || w.endsWith('aient')) && !NOT_IMPARFAIT.has(w)) return 'past';
  if (w.length >= 6 && w.endsWith('èrent')) return 'past';
  if (looksParticiple(w)) {
    const k = auxiliaryBefore(words, i);
    if (k >= 0) return auxiliarySignal(words, k);
    if (!near || !isParticiple(w) || ARTICLES.has(words[i - 1]?.w ?? '')) return null;
    if (SCHEDULED.test(w)) return EXPECTED.test(w) ? 'future' : null;
    return 'past';
  }
  return null;
}

const WORD = /\p{L}+/gu;
const WINDOW = 240;

/** The words of a sentence, read once, and the signals already asked of them. */
interface SentenceWords {
  sentence: string;
  words: Word[];
  /** Signal of word i, at 2i (far) or 2i + 1 (near): 0 not asked yet, 1 none, 2 past, 3 future. */
  signals: Uint8Array;
}

// The dates of a sentence come one after the other: its words are read once for all of them
// ('le 11 mai, le 12 juin et le 3 juillet…' asks the same words again for every date).
let lastSentence: SentenceWords | null = null;
// The signals of the last sentence's words, in one array kept from sentence to sentence (only the
// last sentence's are kept): a typed array made for each sentence ('Le ministre a été reçu jeudi…')
// is allocated outside the heap, and its allocation, accounting and release cost more than its
// reads (src/text/scratch.ts).
let signalsBuffer = new Uint8Array(256);

function sentenceWords(sentence: string): SentenceWords {
  if (lastSentence?.sentence === sentence) return lastSentence;
  const words: Word[] = [];
  // (A loop of exec, not matchAll: no iterator and no copy of the pattern for each sentence.)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const at = m.index;
    const w = m[0].toLowerCase();
    words.push({ w, name: words.length > 0 && m[0] !== w && /^\p{Lu}\p{Ll}/u.test(m[0]), start: at, end: at + m[0].length });
  }
  const n = 2 * words.length;
  if (n > signalsBuffer.length) signalsBuffer = new Uint8Array(Math.max(n, 2 * signalsBuffer.length));
  else signalsBuffer.fill(0, 0, n);
  lastSentence = { sentence, words, signals: signalsBuffer };
  return lastSentence;
}

function signalOf(sw: SentenceWords, i: number, near: boolean): Tense | null {
  const key = 2 * i + (near ? 1 : 0);
  const known = sw.signals[key];
  if (known) return known === 1 ? null : known === 2 ? 'past' : 'future';
  const s = signalAt(sw.words, i, near);
  sw.signals[key] = s === null ? 1 : s === 'past' ? 2 : 3;
  return s;
}

/** The index of the last word that ends at or before `offset`, or −1 (binary search). */
function lastWordBefore(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as Word).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The tense of the verb nearest to a date in its sentence, or null when no verb tells
 * (present tense, no verb).
 * @example tenseAround('Le ministre a été reçu jeudi à Rabat.', 23, 28) // { tense: 'past', near: true }
 * @example tenseAround('Il se rendra jeudi au Liban.', 13, 18) // { tense: 'future', near: true }
 */
export function tenseAround(sentence: string, start: number, end: number): TenseClue | null {
  const sw = sentenceWords(sentence);
  const words = sw.words;
  const before = lastWordBefore(words, start);
  let after = before + 1;
  while (after < words.length && (words[after]?.start ?? 0) < end) after++;
  // The verbs that matter are near the date: a window keeps long sentences linear.
  const from = start - WINDOW;
  const to = end + WINDOW;
  // Walk outwards from the date: the nearest signal wins, the left one on a tie (the verb
  // usually comes first: 'a validé vendredi').
  for (let d = 0; ; d++) {
    const l = before - d;
    const r = after + d;
    const leftIn = l >= 0 && (words[l]?.end ?? 0) > from;
    const rightIn = r < words.length && (words[r]?.start ?? 0) < to;
    if (!leftIn && !rightIn) break;
    if (leftIn) {
      const s = signalOf(sw, l, d <= 3);
      if (s) return { tense: s, near: d <= 2 };
    }
    if (rightIn) {
      const s = signalOf(sw, r, false);
      if (s) return { tense: s, near: false };
    }
  }
  return null;
}
