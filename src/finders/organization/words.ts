import type { Token } from '../../text/tokenize.js';
import { DAYS, MONTHS, wordSet } from '../place-context.js';

/*
 * The word classes the organisation rules read. Keys are folded (`Token.key`): no accents,
 * lower case, hyphens as spaces.
 */

/**
 * The heads (of CAPITAL_HEADS below) that a name may follow directly: 'Institut Max-Planck', 'université Harvard',
 * 'Groupe Wagner', 'Front Polisario' (not 'Centre', 'Cour', 'Église', 'Musée', whose names are places: 'Centre
 * Pompidou', 'Cour Saint-Pierre').
 */
export const DIRECT_NAME_HEADS = new Set(['institut', 'fondation', 'universite', 'groupe', 'association', 'parti', 'mouvement', 'front', 'union', 'banque', 'compagnie', 'societe', 'laboratoire', 'ligue', 'alliance', 'federation', 'confederation', 'coalition', 'reseau', 'syndicat', 'action', 'fonds']);

/**
 * Head nouns of institution names, capitalised in French style (only the first word):
 * 'Banque centrale européenne', 'Conseil constitutionnel', 'Cour internationale de justice'.
 */
export const CAPITAL_HEADS = /* @__PURE__ */ wordSet(() => [
  ...DIRECT_NAME_HEADS, 'academie', 'agence', 'armee', 'assemblee', 'autorite', 'bourse', 'brigades', 'bureau', 'caisse', 'centre',
  'chambre', 'college', 'comite', 'commissariat', 'commission', 'communaute', 'congres', 'conseil', 'conservatoire', 'corps', 'cour',
  'delegation', 'direction', 'ecole', 'eglise', 'force', 'forces', 'garde', 'gendarmerie', 'groupement', 'haut commissariat', 'ministere',
  'mission', 'musee', 'observatoire', 'office', 'orchestre', 'ordre', 'organisation', 'parquet', 'police', 'rassemblement', 'regie',
  'reserve', 'secretariat', 'service', 'tribunal', 'departement', 'chambres', 'inspection', 'prefecture', 'mairie', 'surete', 'mutuelle',
  'collectif', 'brigade', 'etablissement',
  // 'le Chœur de Radio France', 'le Chœur de l'Armée française': a choir is named like an orchestra.
  'choeur',
  // 'la Métropole de Lyon', 'Métropole européenne de Lille': the French intercommunal authorities (the lower-case word is a city).
  'metropole',
  // 'la Corporation de développement de la production (Corfo)', 'la Corporation financière internationale'.
  'corporation',
]);

/** Lower-case heads (of LOWER_HEADS below) whose name needs a lower-case word first (a trade, a kind), then the place. */
export const TRADE_FIRST_HEADS = new Set(['chambre', 'syndicat', 'federation', 'office', 'caisse', 'communaute']);

/**
 * Heads that stay lower case in a name, which needs a capitalised part to be one:
 * 'ministère de l'Intérieur', 'tribunal correctionnel de Paris', 'université Harvard',
 * 'parquet de Paris', 'cartel de Sinaloa', 'conseil régional de Bretagne'.
 */
export const LOWER_HEADS = /* @__PURE__ */ wordSet(() => [...TRADE_FIRST_HEADS, 'ministere', 'universite', 'tribunal', 'parquet', 'cour', 'conseil', 'cartel', 'haut commissariat', 'secretariat', 'orchestre']);

/** Capitalised words that may stand before a head: 'Haut Conseil', 'Haute Autorité', 'Grand Musée égyptien', 'Nouveau Front populaire'. */
export const HEAD_PREFIXES = new Set(['haut', 'haute', 'grand', 'grande', 'nouveau', 'nouvelle', 'petit', 'petite', 'jeunes', 'premiere', 'saint']);

/**
 * Last words that make a run of capitalised words an organisation, in the languages French
 * news quotes names in: 'Bharatiya Janata Party', 'Qatar Airways', 'Goldman Sachs Group'.
 */
export const NAME_TAILS = new Set([
  'party', 'partei', 'partido', 'group', 'groupe', 'bank', 'banco', 'banca', 'airlines', 'airways', 'air lines', 'corporation', 'corp',
  'company', 'inc', 'ltd', 'plc', 'gmbh', 'ag', 'sa', 'spa', 'nv', 'foundation', 'institute', 'university', 'association', 'council',
  'agency', 'organization', 'organisation', 'motors', 'pictures', 'records', 'studios', 'entertainment', 'brothers', 'bros', 'sons',
  'holdings', 'holding', 'investments', 'capital', 'partners', 'petroleum', 'oil', 'telecom', 'fc', 'cf', 'club', 'united', 'hotspur',
  'rovers', 'wanderers', 'albion', 'athletic', 'energies', 'energy', 'industries', 'technologies', 'systems', 'pharmaceuticals',
  'laboratories', 'labs', 'network', 'networks', 'communications', 'media', 'press', 'news', 'times', 'post', 'journal', 'tribune',
  'magazine', 'television', 'radio', 'sport', 'sports', 'aviation', 'aerospace', 'automotive', 'electric', 'insurance', 'finance', 'securities', 'trust',
  'commission', 'service', 'services', 'league', 'federation', 'union', 'committee', 'army', 'front', 'movement', 'brigade', 'brigades',
  // 'Law Society of Kenya', 'Kenya Private Sector Alliance', 'World Economic Forum', 'Tata Steel', 'Nel Hydrogen', 'Lynas Rare Earths'.
  'society', 'alliance', 'authority', 'board', 'fund', 'forum', 'steel', 'mining', 'minerals', 'resources', 'logistics', 'solutions',
  'therapeutics', 'biotech', 'pharma', 'robotics', 'ventures', 'hydrogen', 'semiconductor', 'electronics', 'chemicals', 'shipping',
  // 'National Oceanic and Atmospheric Administration', 'Royal Academy', 'BirdLife International', 'Imperial College' (not 'Office': 'Microsoft Office' is a product).
  'administration', 'academy', 'international', 'enterprises', 'college', 'school', 'ministry', 'department', 'court',
  // Nordic and German club suffixes: 'Molde FK', 'Bærum SK', 'Silkeborg IF', 'Brøndby IF', 'Hamburger SV', 'Sporting CP'.
  'fk', 'sk', 'if', 'bk', 'ik', 'ff', 'afc', 'sv', 'cp',
  // French universities named town first: 'Aix-Marseille Université', 'Nantes Université'.
  'universite',
  // Intercommunal authorities named town first: 'Toulouse Métropole', 'Perpignan Méditerranée Métropole'.
  'metropole',
]);

/** Prefixes of club names: 'FC Nantes', 'AS Monaco', 'SSC Naples', 'RC Lens', 'VfB Stuttgart'. */
export const CLUB_PREFIXES = new Set([
  'fc', 'as', 'ac', 'rc', 'sc', 'ssc', 'ogc', 'aj', 'cf', 'cd', 'sd', 'ud', 'rcd', 'vfb', 'vfl', 'tsg', 'psv', 'az', 'krc', 'rsc', 'kv',
  'hsc', 'estac', 'losc', 'asse', 'hc', 'ehc', 'bsc', 'fk', 'nk', 'real', 'sporting', 'racing', 'olympique', 'atletico', 'athletic',
  'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'inter', 'borussia', 'eintracht', 'hertha', 'fortuna', 'hapoel', 'maccabi', 'sparta',
  'slavia', 'legia', 'ferencvaros',
  // 'Club Newman', 'Club Brugge' (a capitalised 'Club' before a name); 'CSKA Sofia', 'AGF Århus', 'AIK Solna'.
  'club', 'cska', 'agf', 'aik',
  // Cycling teams: 'Team Sky', 'Team Jayco AlUla'.
  'team',
]);

/**
 * Common nouns after which a capitalised name is an organisation, the noun staying outside:
 * 'le groupe Renault', 'la compagnie Air India', 'le site d'information Mediapart', 'le parti Renaissance'.
 */
export const APPOSITION_CUES = new Set([
  'groupe', 'societe', 'compagnie', 'entreprise', 'firme', 'constructeur', 'fabricant', 'laboratoire', 'conglomerat', 'geant',
  'operateur', 'assureur', 'banque', 'distributeur', 'editeur', 'equipementier', 'motoriste', 'armateur', 'transporteur', 'chimiste',
  'petrolier', 'start up', 'startup', 'agence', 'site', 'quotidien', 'hebdomadaire', 'mensuel', 'journal', 'magazine', 'chaine',
  'radio', 'media', 'club', 'equipe', 'ecurie', 'formation', 'association', 'ong', 'fondation', 'syndicat', 'parti',
  'mouvement', 'milice', 'organisation', 'fonds', 'label', 'studio', 'plateforme', 'reseau', 'enseigne', 'cabinet', 'institut',
  'sondage', 'sondeur', 'avionneur', 'gazier', 'electricien', 'energeticien', 'siderurgiste', 'cimentier', 'brasseur', 'logisticien', 'voyagiste',
  'hebergeur', 'moteur', 'messagerie', 'think tank', 'holding', 'filiale', 'cooperative',
  // 'le portail immobilier Idealista', 'la licorne Mistral AI', 'la néobanque Qonto', 'l'industriel Safran', 'l'exploitant Getlink'.
  'portail', 'application', 'licorne', 'neobanque', 'fintech', 'biotech', 'medtech', 'industriel', 'exploitant', 'gestionnaire',
  'concessionnaire', 'promoteur', 'bailleur', 'producteur', 'semencier', 'papetier', 'verrier', 'minier', 'mutuelle', 'franchise',
  'pousse', 'tank', 'maison', 'collectif', 'confederation', 'federation', 'coalition', 'alliance', 'gang', 'cartel',
  // 'le spécialiste de la cybersécurité Tehtris', 'le leader européen du pneu Kalvano', 'le sous-traitant automobile MA France'.
  'specialiste', 'leader', 'sous traitant', 'prestataire', 'fournisseur',
  // 'le torréfacteur Malongo', 'le négociant Castel'.
  'torrefacteur', 'negociant',
]);

/**
 * Lower-case words that may sit between a cue and the name: 'le site d'information Mediapart', 'l'agence de presse Reuters'.
 * Adjectives are taken before this list is asked ('la coopérative agricole Terrena', 'la coopérative laitière Sodiaal'):
 * it holds the other words.
 */
export const CUE_FILLERS = new Set(['information', 'presse', 'notation', 'renseignement', 'sondage', 'sondages', 'conseil', 'audit', 'investissement', 'luxe', 'mode', 'defense', 'armement', 'television', 'streaming', 'medias', 'telecoms', 'paiement', 'un', 'prive', 'cote',
  'automobile', 'jeux', 'video',
  // A band's genre: 'le groupe punk hardcore Dead Kennedys', 'le groupe rock progressif britannique Pink Floyd'.
  'rock', 'pop', 'punk', 'hardcore', 'rap', 'hip', 'hop', 'hip hop', 'jazz', 'folk', 'blues', 'soul', 'funk', 'reggae', 'grunge', 'indie', 'electro', 'techno', 'disco', 'country', 'ska', 'new', 'wave', 'new wave']);

/** Words that always end a name: function words, pronouns, auxiliaries. */
export const NEVER_IN_NAME = new Set([
  'a', 'ont', 'est', 'sont', 'etait', 'avait', 'sera', 'seront', 'ete', 'se', 's', 'ne', 'n', 'y', 'en', 'qui', 'que', 'qu', 'dont', 'ou', 'mais',
  'donc', 'or', 'ni', 'car', 'si', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'lui', 'leur', 'leurs', 'son', 'sa', 'ses', 'ce', 'cet',
  'cette', 'ces', 'un', 'une', 'le', 'les', 'au', 'aux', 'par', 'sur', 'sous', 'avec', 'sans', 'dans', 'selon', 'depuis', 'apres', 'avant',
  'lors', 'pendant', 'vers', 'chez', 'entre', 'comme', 'ainsi', 'aussi', 'deja', 'encore', 'toujours', 'jamais', 'plus', 'moins', 'tres',
  'tout', 'tous', 'toute', 'toutes', 'hier', 'demain', "aujourd'hui", 'puis', 'alors', 'meme', 'afin', 'quand', 'lorsque', 'cependant',
]);

/** Nouns of time and quantity that never start a name's complement: 'la Commission européenne de l'époque', 'le Conseil des ministres de mercredi'. */
export const NOT_A_COMPLEMENT = /* @__PURE__ */ wordSet(() => [
  ...DAYS, ...MONTHS, 'epoque', 'mois', 'journee', 'veille', 'lendemain', 'matin', 'soir', 'nuit', 'fois', 'fin', 'debut', 'milieu',
  'moment', 'passe', 'avenir', 'ete', 'automne', 'hiver', 'printemps', 'part', 'cote', 'sorte', 'facon', 'maniere', 'nombre', 'plupart',
  'reste', 'suite', 'cadre', 'sein', 'nom', 'ordre', 'avis', 'demande', 'initiative', 'presidence', 'directeur', 'directrice', 'chef',
  'cheffe', 'porte parole', 'patron', 'patronne', 'gouverneur', 'secretaire', 'plus', 'moins', 'pres', 'loin', 'tout', 'tous', 'arret',
  'texte', 'projet', 'reforme', 'budget', 'site', 'compte', 'faveur', 'periode', 'edition', 'campagne', 'occasion', 'titre', 'finale',
  'match', 'tournoi',
  // Singular and plural: 'année' → année, années.
  ...['annee', 'an', 'semaine', 'jour', 'heure', 'decision', 'rapport', 'loi', 'saison', 'toute', 'dirigeant', 'membre', 'ministre'].flatMap((w) => [w, w + 's']),
  // A person who leads it: 'le Mouvement démocratique orange [de l'opposant] Raila Odinga', 'le parti du député X'
  // (the last list: masculine and feminine, 'député' → député, députée).
  'fondateur', 'fondatrice', 'leader', 'senateur', 'senatrice', 'maire',
  ...['president', 'opposant', 'candidat', 'depute', 'chancelier'].flatMap((m) => [m, m + 'e']),
]);

// Words that end like adjectives but are verbs, nouns or adverbs after a name: 'la Banque centrale européenne
// indique', 'la CGT appelle'. Only words the endings below take: 'hier' or 'président' is no adjective already.
const NOT_ADJECTIVES = /* @__PURE__ */ wordSet(() => [
  'indique', 'explique', 'critique', 'applique', 'communique', 'revendique', 'implique', 'replique', 'fabrique', 'pratique', 'abdique',
  'complique', 'signale', 'egale', 'appelle', 'rappelle', 'interpelle', 'renouvelle', 'appel', 'rappel', 'lequel', 'laquelle', 'lesquels',
  'lesquelles', 'auquel', 'auxquels', 'auxquelles', 'duquel', 'desquels', 'ciel', 'duel', 'bien', 'rien', 'chien', 'combien', 'soutien',
  'entretien', 'maintien', 'mien', 'tien', 'sien', 'demain', 'douzaine', 'soudain', 'lendemain', 'mais', 'jamais', 'desormais', 'fois',
  'mois', 'trois', 'bois', 'parfois', 'autrefois', 'toutefois', 'quoique', 'vois', 'dois', 'crois', 'sois', 'avais', 'etais', 'fais',
  'allais', 'aux', 'taux', 'travaux', 'eux', 'ceux', 'deux', 'mieux', 'vieux', 'yeux', 'jeux', 'enjeux', 'lieux', 'feux', 'voeux', 'mal',
  'journal', 'total', 'festival', 'tribunal', 'cheval', 'bal', 'canal', 'signal', 'arrive', 'suive', 'prive', 'derive', 'ecrive', 'vive',
  'semble', 'rassemble', 'ressemble', 'assemble', 'tremble', 'comble', 'double', 'trouble', 'faire', 'plaire', 'taire', 'satisfaire',
  'anniversaire', 'dictionnaire', 'quotidien', 'leurs',
  // Singular and plural: 'semaine' → semaine, semaines.
  ...[
    'elle', 'quel', 'quelle', 'tel', 'telle', 'lien', 'semaine', 'dizaine', 'centaine', 'main', 'affaire', 'secretaire', 'commissaire',
    'salaire', 'ancien', 'ancienne', 'prochain', 'prochaine', 'certain', 'certaine',
  ].flatMap((w) => [w, w + 's']),
]);

// Adjectives the endings below miss: 'Cour suprême', 'Croix-Rouge', 'Nations unies'. Not those they take ('Garde
// républicaine', 'Garde royale'), nor one NOT_ADJECTIVES refuses first ('privé'): such an entry is never read. Where
// the other forms of one are regular and all listed, the first three lists write it once and say which forms it stands for.
const ADJECTIVES = /* @__PURE__ */ wordSet(() => [
  // Every gender and number: 'vert' → vert, verte, verts, vertes.
  ...['uni', 'vert', 'grand', 'haut', 'civil', 'independant', 'financier', 'ouvrier', 'etranger', 'commun', 'arme'].flatMap((m) => [m, m + 'e', m + 's', m + 'es']),
  // Singular and plural: 'rouge' → rouge, rouges.
  ...[
    'supreme', 'libre', 'rouge', 'blanc', 'blanche', 'noir', 'bleu', 'democrate', 'agricole', 'arabe', 'maritime', 'russe', 'suisse', 'belge',
    'kurde', 'allemand', 'espagnol', 'musulman', 'permanent', 'reuni', 'associe', 'mixte', 'petrolier', 'hospitalier', 'protestant',
    'orthodoxe', 'junior', 'senior', 'autonome', 'privee', 'public',
    // 'Fédération … des travailleurs paysans', 'Fondation nationale des peuples indigènes'.
    'jaune', 'paysan', 'paysanne', 'indigene', 'autochtone',
  ].flatMap((w) => [w, w + 's']),
  // Masculine and feminine: 'latin' → latin, latine.
  ...[
    'latin', 'marin', 'alpin', 'argentin', 'philippin', 'birman', 'afghan', 'catalan', 'flamand', 'saint', 'fort', 'unifie', 'insoumis',
    'policier', 'immobilier', 'foncier', 'routier', 'douanier', 'princier', 'regulier', 'particulier', 'boursier', 'feminin', 'masculin',
    'gazier', 'minier', 'laitier',
  ].flatMap((m) => [m, m + 'e']),
  'bleue', 'nouveau', 'viticole', 'turc', 'turque', 'grec', 'grecque', 'malgache', 'tcheque', 'slovaque', 'croate', 'serbe', 'bulgare',
  'basque', 'corse', 'moldave', 'copte', 'allemande', 'espagnole', 'mongol', 'chypriote', 'persan', 'musulmane', 'wallon', 'wallonne',
  'breton', 'bretonne', 'nord', 'sud', 'ouest', 'permanente', 'competent', 'associees', 'petroliere', 'hospitaliere', 'familier',
  'protestante', 'interarmees',
  // 'Mouvement démocratique orange'.
  'orange', 'rose',
]);

// Endings of French adjectives (and demonyms) that follow a head noun, each with its feminine and plural forms:
// -ique(s), -aire(s), -oire(s), -if/-ive(s), -iste(s), -eux/-euse(s), -ble(s), -ite(s) ('islamique', 'populaire',
// 'exécutif', 'socialiste', 'nucléaire'); -al/-ale(s) and -aux, -ais/-aise(s), -ois/-oise(s) ('fédérale', 'français',
// 'chinois'); -ain/-eur and their -e, -s, -es ('marocain', 'supérieur'); -el/-elle(s) ('constitutionnel'); -ien/-een
// and their -ne, -s, -nes ('indien', 'européenne'). (Not -als: 'festivals'.)
const ADJECTIVE_ENDING = /(?:(?:iqu|air|oir|iv|ist|eus|bl|it)es?|(?:al|ais|ois)(?:es?)?|(?:ain|eur)e?s?|[ae]ux|ifs?|el(?:le)?s?|[ie]en(?:ne)?s?)$/;

/** A lower-case adjective after a noun: 'centrale', 'européenne', 'constitutionnel', 'chinois'. */
export function isAdjective(t: Token | undefined, demonyms: ReadonlySet<string>): boolean {
  if (!t || t.kind !== 'word' || t.key.length < 3) return false;
  const k = t.key;
  if (NOT_ADJECTIVES.has(k)) return false;
  if (demonyms.has(k) || ADJECTIVES.has(k)) return true;
  return ADJECTIVE_ENDING.test(k);
}

/** A demonym ('chinois', 'libanaise'): after a complete name it stays outside ('la Réserve fédérale [américaine]'). */
export function isDemonym(t: Token | undefined, demonyms: ReadonlySet<string>): boolean {
  return !!t && t.kind === 'word' && demonyms.has(t.key);
}

/** Prepositions that open a complement inside a name, with the articles they may take. */
export const OF = new Set(['de', 'du', 'des', "d'"]);
export { ARTICLES, COMPASS } from '../place-context.js';

/**
 * An infinitive after a bare 'de': 'a demandé à la Commission européenne de présenter…' ends the name.
 * Nouns with the same endings that do occur in names are kept ('chemins de fer', 'lutte contre le cancer').
 */
export function looksLikeInfinitive(key: string): boolean {
  if (INFINITIVE_NOUNS.has(key) || key.indexOf(' ') >= 0) return false;
  if (key.endsWith('er') || key.endsWith('ir')) return true;
  return RE_INFINITIVES.has(key);
}
// Infinitives in -re (the -er and -ir ones are recognised by their ending).
const RE_INFINITIVES = new Set([
  'prendre', 'mettre', 'faire', 'dire', 'etre', 'suivre', 'produire', 'reduire', 'construire', 'reconnaitre', 'defendre', 'rendre',
  'attendre', 'repondre', 'permettre', 'soumettre', 'transmettre', 'admettre', 'promettre', 'remettre', 'elire', 'lire', 'ecrire',
  'decrire', 'inscrire', 'interdire', 'conduire', 'introduire', 'detruire', 'traduire', 'vivre', 'poursuivre', 'combattre', 'battre',
  'abattre', 'naitre', 'paraitre', 'disparaitre', 'apparaitre', 'connaitre', 'croire', 'boire', 'plaire', 'taire', 'extraire',
  'contraindre', 'craindre', 'plaindre', 'peindre', 'atteindre', 'joindre', 'rejoindre', 'resoudre', 'conclure', 'exclure', 'inclure',
  'suffire', 'predire', 'seduire', 'vendre', 'perdre', 'descendre', 'entendre', 'etendre', 'suspendre', 'reprendre', 'comprendre',
  'apprendre', 'surprendre', 'entreprendre', 'relire', 'reecrire', 'reconstruire', 'reproduire', 'survivre', 'revivre',
]);
// Only nouns in -er and -ir: 'chantiers' or 'élevage' is no infinitive by its ending already.
const INFINITIVE_NOUNS = new Set(['fer', 'mer', 'cancer', 'hier', 'pouvoir', 'savoir', 'devoir', 'avenir', 'espoir', 'plaisir', 'desir', 'soir', 'terroir', 'loisir', 'laser', 'hiver', 'ether', 'poker', 'leader', 'manager', 'quartier', 'dossier', 'papier', 'metier', 'foyer', 'acier', 'atelier', 'chantier', 'courrier', 'premier', 'dernier', 'conseiller', 'officier', 'ouvrier', 'policier', 'pompier', 'financier', 'foncier', 'immobilier', 'miroir', 'tir', 'super']);
