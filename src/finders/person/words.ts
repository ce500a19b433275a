import { NumberedWords } from '../vocabulary.js';

/**
 * Closed word lists of the person finder, all as folded keys (`fold`: accents off, lower
 * case, hyphens as spaces). Open lists (first names, well-known people) are data, in
 * `src/data/`; these are grammar.
 */

/**
 * Honorifics written before a name; they go to `title` and stay outside the span:
 * 'M. [Macron]', 'Mme [Borne]', 'Me [Dupond-Moretti]', 'Mgr [Aupetit]'.
 * @example TITLES.get('mme') // 'Mme'
 */
export const TITLES: ReadonlyMap<string, string> = new Map([
  ['m', 'M.'], ['mm', 'MM.'], ['mme', 'Mme'], ['mmes', 'Mmes'], ['mlle', 'Mlle'], ['mlles', 'Mlles'], ['me', 'Me'], ['mes', 'Mes'],
  ['dr', 'Dr'], ['pr', 'Pr'], ['mgr', 'Mgr'], ['monsieur', 'M.'], ['madame', 'Mme'], ['mademoiselle', 'Mlle'], ['messieurs', 'MM.'],
  ['mesdames', 'Mmes'], ['docteur', 'Dr'], ['professeur', 'Pr'], ['maitre', 'Me'], ['monseigneur', 'Mgr'], ['sir', 'Sir'], ['lord', 'Lord'],
  ['lady', 'Lady'], ['dame', 'Dame'], ['mr', 'Mr'], ['mrs', 'Mrs'], ['ms', 'Ms'],
]);

/**
 * The titles' keys as numbered words: the start of a name and its cues ask them of every word
 * they read, by word number rather than by a lookup of the key in the map.
 * @example TITLE_WORDS.at(tokens, tokenWordNumbers(tokens), 0) // true for 'Mme Borne'
 */
export const TITLE_WORDS = new NumberedWords(TITLES.keys());

/** Titles that stand for several people: 'MM. Bertoni, Micheli et Tissières' names three. * @example PLURAL_TITLES.has('mm') // true
 */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['mm', 'mmes', 'mlles', 'mes', 'messieurs', 'mesdames']);

/** Titles that need their period or a capital to be titles ('me' is also the pronoun). * @example TITLES_NEEDING_CAPITAL.has('me') // true: 'Me Dupond-Moretti', not 'il me dit'
 */
export const TITLES_NEEDING_CAPITAL: ReadonlySet<string> = new Set(['me', 'mes', 'dame', 'lady', 'lord', 'sir', 'ms']);

/**
 * Lower-case particles inside a name: 'Ursula von der Leyen', 'Mohammed ben Salmane',
 * 'Charles de Gaulle', 'Luiz Inácio Lula da Silva'. A run of them must end on a name word.
 * @example PARTICLES.has('von') // true
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', "d'", 'von', 'van', 'der', 'den', 'ter', 'ten', 'di', 'da', 'dos', 'das', 'do', 'del', 'della', 'dello', 'degli', 'la', 'le',
  'ben', 'bin', 'bint', 'ibn', 'ould', 'ag', 'al', 'el', 'ad', 'abu', 'abou', 'y', 'zu', 'af', 'av', 'op', 'het', 'vom', 'st', 'mac', 'no',
]);

/**
 * Particles that may be written with a capital inside or at the head of a family name:
 * 'Jean-Yves Le Drian', 'Marine Le Pen', 'Vincent Van Gogh', 'Robert De Niro'.
 * @example CAPITAL_PARTICLES.has('le') // true: 'Le Drian'
 */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'du', 'des', 'van', 'von', 'di', 'da', 'del', 'della', 'dos', 'el', 'al', 'ben', 'bin', 'abu', 'abou', 'mac', 'mc', 'ter', 'ten', 'der', 'den']);

/**
 * Hyphenated Arabic and Berber particles glued to the family name: 'al-Sissi', 'el-Assad',
 * 'ben-Gvir', 'ould-Abdallah'. The token is lower case but is a name word.
 * @example GLUED_PARTICLE.test('al-Sissi') // true
 */
export const GLUED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ben|bin|ibn|abu|abou|bou|ould|ag|ait|aït|bel|bil)-\p{Lu}/u;

/**
 * Capitalised words that never belong to a person's name: function words that start a
 * sentence ('Selon Reuters', 'Depuis Londres'), days, months, honorifics themselves.
 * @example NOT_NAME.has('selon') // true
 */
export const NOT_NAME: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu',
  'mais', 'et', 'ou', 'donc', 'or', 'ni', 'car', 'selon', 'pour', 'dans', 'en', 'au', 'aux', 'depuis', 'apres', 'avant', 'lors', 'alors', 'plus',
  'moins', 'chaque', 'tous', 'toutes', 'tout', 'toute', 'quant', 'si', 'comme', 'sur', 'sous', 'par', 'avec', 'sans', 'entre', 'contre', 'vers', 'chez',
  'outre', 'ainsi', 'enfin', 'cependant', 'pourtant', 'toutefois', 'desormais', "aujourd'hui", 'hier', 'demain', 'son', 'sa', 'ses', 'leur',
  'leurs', 'notre', 'votre', 'nos', 'vos', 'mon', 'ma', 'mes', 'quand', 'lorsque', 'puis', 'a', 'y', 'ne', 'pas', 'qui', 'que', 'quoi', 'dont', 'oui', 'non',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames', 'mme', 'mmes', 'mlle', 'm', 'mm', 'dr', 'pr', 'mgr',
  'l', 'd', 'c', 'ici', 'ca', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'voici', 'voila', 'meme', 'memes', 'aucun', 'aucune', 'certains', 'certaines',
  'plusieurs', 'quelques', 'autre', 'autres', 'tel', 'telle', 'parmi', 'pendant', 'durant', 'malgre', 'sauf', 'face', 'grace', 'afin', 'deja', 'encore',
  'aussi', 'bien', 'tres', 'trop', 'peu', 'beaucoup', 'jamais', 'toujours', 'souvent', 'parfois', 'ensuite', 'puisque', 'quoique', 'tandis', 'lequel',
  'laquelle', 'lesquels', 'lesquelles', 'est', 'sont', 'etait', 'ete', 'fut', 'avait', 'ont', 'sera', 'seront', 'the', 'of', 'and', 'for', 'to', 'in',
  'at', 'by', 'with', 'from', 'an', 'is', 'are', 'was', 'premier', 'premiere', 'nord', 'sud', 'ouest', 'my', 'pourquoi', 'comment', 'combien', 'voir', 'lire', 'seul', 'seule', 'seuls',
  'seules', 'rien', 'chacun', 'chacune', 'certes', 'voire', 'bref', 'surtout', 'notamment', 'egalement', 'neanmoins', 'aussitot', 'ensemble', 'partout',
  'ailleurs', 'merci', 'bravo', 'attention', 'bienvenue', 'environ', 'presque', 'suite', 'puisqu', 'lorsqu', 'quelque', 'dix', 'cent', 'mille', 'dieu', 'allah', 'christ', 'jesus', 'seigneur', 'note', 'photo', 'video', 'source', 'sources', 'afp', 'reuters',
]);

/**
 * Words that make a capitalised run the name of a thing, never of a person, wherever they
 * stand in it: institutions, companies, works ('Telugu Desam Party', 'Amaury Sport
 * Organisation', 'France Télévisions', 'Tata Sons', 'Grand Théâtre Lumière').
 * @example THING_WORDS.has('party') // true
 */
export const THING_WORDS: ReadonlySet<string> = new Set([
  'conseil', 'cour', 'tribunal', 'assemblee', 'senat', 'parlement', 'gouvernement', 'ministere', 'ministre', 'presidence', 'prefecture', 'mairie',
  'republique', 'federation', 'confederation', 'ligue', 'alliance', 'coalition', 'parti', 'mouvement', 'rassemblement', 'association', 'societe',
  'compagnie', 'groupe', 'banque', 'caisse', 'credit', 'fonds', 'agence', 'office', 'autorite', 'commission', 'comite', 'conference', 'organisation',
  'institut', 'universite', 'ecole', 'lycee', 'college', 'academie', 'fondation', 'musee', 'theatre', 'opera', 'cinema', 'festival', 'aeroport',
  'hopital', 'clinique', 'cathedrale', 'basilique', 'mosquee', 'synagogue', 'abbaye', 'championnat', 'trophee', 'jeux', 'olympique', 'olympiques',
  'masters', 'rallye', 'revolution', 'traite', 'accord', 'accords', 'pacte', 'armee', 'armees', 'police', 'gendarmerie', 'brigade', 'brigades',
  'regiment', 'forces', 'force', 'secretariat', 'syndicat', 'television', 'televisions', 'radio', 'journal', 'magazine', 'editions', 'productions',
  'films', 'studio', 'studios', 'records', 'airlines', 'airways', 'motors', 'automobiles', 'energies', 'telecom', 'technologies', 'systems',
  'solutions', 'partners', 'holding', 'industries', 'international', 'internationale', 'national', 'nationale', 'nationaux', 'europeen',
  'europeenne', 'mondial', 'mondiale', 'federal', 'federale', 'islamique', 'democratique', 'socialiste', 'communiste', 'ecologiste', 'republicain',
  'republicains', 'insoumise', 'modem', 'medef', 'nations', 'unies', 'affaires', 'etrangeres', 'interieur', 'observatoire', 'the', 'of', 'and',
  'party', 'group', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'sa', 'sas', 'gmbh', 'spa', 'nv', 'bv', 'foundation',
  'institute', 'university', 'school', 'hospital', 'airport', 'stadium', 'museum', 'awards', 'cup', 'league', 'championship', 'fc', 'team', 'sons',
  'brothers', 'enterprises', 'entertainment', 'pictures', 'orchestra', 'ensemble', 'society', 'organization', 'council', 'assembly', 'congress',
  'senate', 'ministry', 'department', 'agency', 'committee', 'army', 'navy', 'corps', 'republic', 'kingdom', 'technology', 'media', 'electronics',
  'software', 'labs', 'holdings', 'investments', 'insurance', 'railways', 'logistics', 'pharmaceuticals', 'communications', 'interactive',
  'administration', 'network', 'channel', 'tv', 'news', 'times', 'limited', 'bros', 'aramco', 'nordic', 'harakat', 'hachd', 'bab', 'jaych', 'jabhat',
  'ansar', 'kataeb', 'liwa', 'tahrir', 'hezb', 'hizb', 'hezbollah', 'hamas', 'fatah',
  'inter',
]);

/**
 * Words that name places and things in French ('Grand', 'Saint', 'Pont', 'Royal') and in
 * titles, products, bands and places of other languages ('Game Boy', 'Rotten Tomatoes',
 * 'Pulau Ubin', 'Vero Beach'), but are also family names ('Ségolène Royal', 'Emma Stone',
 * 'Stephen King'): they rule out a run with no known first name, or open no name.
 * @example LOOSE_THING_WORDS.has('royal') // true: 'Grand Palais Royal', yet 'Ségolène Royal'
 */
export const LOOSE_THING_WORDS: ReadonlySet<string> = new Set([
  'grand', 'grande', 'grands', 'grandes', 'petit', 'petite', 'nouveau', 'nouvel', 'nouvelle', 'haut', 'haute', 'hauts', 'hautes', 'bas', 'basse',
  'vieux', 'vieille', 'saint', 'sainte', 'saints', 'notre', 'sud', 'nord', 'est', 'ouest', 'centre', 'central', 'centrale', 'occidental', 'oriental',
  'orientale', 'commune', 'region', 'departement', 'etat', 'etats', 'royaume', 'empire', 'principaute', 'union', 'front', 'palais', 'chateau',
  'maison', 'hotel', 'tour', 'pont', 'port', 'gare', 'place', 'rue', 'avenue', 'boulevard', 'quai', 'parc', 'jardin', 'stade', 'arena', 'eglise',
  'temple', 'mont', 'monts', 'lac', 'ile', 'iles', 'mer', 'ocean', 'golfe', 'cap', 'baie', 'vallee', 'fleuve', 'riviere', 'canal', 'foret', 'desert',
  'plaine', 'plateau', 'cote', 'prix', 'coupe', 'open', 'guerre', 'bataille', 'loi', 'plan', 'marine', 'garde', 'division', 'service', 'services',
  'direction', 'bureau', 'cabinet', 'chambre', 'presse', 'production', 'sport', 'sports', 'club', 'racing', 'athletic', 'olympic', 'sporting',
  'real', 'inter', 'dynamo', 'spartak', 'air', 'energie', 'capital', 'general', 'generale', 'royal', 'royale', 'imperial', 'populaire', 'reconquete',
  'renaissance', 'horizons', 'justice', 'defense', 'economie', 'finances', 'sante', 'education', 'culture', 'travail', 'agriculture',
  'environnement', 'transports', 'recherche', 'developpement', 'sciences', 'science', 'arts', 'lettres', 'medecine', 'droit', 'histoire',
  'programme', 'projet', 'operation', 'mission', 'sommet', 'forum', 'salon', 'exposition', 'biennale', 'carnaval', 'fete', 'journee', 'semaine',
  'annee', 'epoque', 'age', 'siecle', 'ere', 'collectif', 'cercle', 'reseau', 'laboratoire', 'station', 'base', 'camp', 'prison', 'ville', 'village',
  'quartier', 'province', 'territoire', 'zone', 'bande', 'peninsule', 'detroit', 'colline', 'massif', 'pic', 'volcan', 'glacier', 'street', 'road',
  'park', 'square', 'bridge', 'island', 'islands', 'river', 'lake', 'mountain', 'mountains', 'valley', 'center', 'hall', 'tower', 'gallery',
  'theater', 'post', 'review', 'world', 'global', 'united', 'city', 'county', 'games', 'band', 'boys', 'girls', 'movement', 'guard', 'day', 'days',
  'night', 'life', 'love', 'story', 'man', 'men', 'woman', 'women', 'house', 'home', 'new', 'old', 'great', 'north', 'south', 'east', 'west',
  'national', 'international', 'federal', 'state', 'states', 'project', 'program', 'system', 'press', 'music', 'sound', 'motor', 'energy', 'oil',
  'gas', 'petroleum', 'power', 'electric', 'research', 'trust', 'fund', 'mutual', 'express', 'lines', 'rail', 'shipping', 'foods', 'pharma',
  'health', 'care', 'medical', 'online', 'digital', 'prize', 'trophy', 'classic', 'series', 'edition', 'festival', 'show', 'live', 'star', 'stars',
  'wars', 'king', 'queen', 'super', 'mega', 'big', 'little', 'final', 'game', 'drive', 'switch', 'boy', 'girl', 'advance', 'beach', 'mines', 'inlet',
  'towers', 'tigers', 'lions', 'bears', 'eagles', 'circles', 'people', 'kunst', 'san', 'santa', 'santo', 'sao', 'mount', 'fort', 'cape', 'bay',
  'point', 'springs', 'falls', 'heights', 'hills', 'creek', 'harbour', 'harbor', 'town', 'land', 'earth', 'planet', 'space', 'sea', 'water', 'fire',
  'ice', 'iron', 'steel', 'stone', 'gold', 'silver', 'red', 'blue', 'green', 'black', 'white', 'dark', 'light', 'magic', 'dragon', 'dragons',
  'knight', 'knights', 'legend', 'legends', 'quest', 'saga', 'chronicles', 'tales', 'revue', 'airline', 'cars', 'auto', 'lab', 'africa', 'europa',
  'america', 'asia', 'pacific', 'atlantic', 'oceanic', 'mining', 'resources', 'ventures', 'zoo', 'google', 'microsoft', 'apple', 'amazon',
  'facebook', 'meta', 'nintendo', 'sony', 'samsung', 'mozilla', 'windows', 'android', 'iphone', 'playstation', 'xbox', 'pulau', 'kampong', 'wadi',
  'jebel', 'djebel', 'ras', 'oued', 'kafr', 'beit', 'deir', 'hassi', 'bordj', 'ksar',
]);

/**
 * Words just before a name that make it the name of a place or a thing named after a person:
 * 'rue Victor-Hugo', 'lycée Jean-Moulin', 'aéroport Charles-de-Gaulle', 'loi Veil',
 * 'prix Goncourt', 'rapport Stora', 'porte-avions Charles-de-Gaulle'.
 * @example NAMED_AFTER.has('lycee') // true
 */
export const NAMED_AFTER: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'maison', 'pont', 'gare', 'station', 'aeroport', 'lycee', 'college', 'ecole', 'universite', 'hopital',
  'stade', 'musee', 'fondation', 'institut', 'centre', 'prix', 'loi', 'lois', 'plan', 'rapport', 'porte avions', 'paquebot', 'navire', 'fregate',
  'sous marin', 'croiseur', 'salle', 'theatre', 'parc', 'square', 'impasse', 'allee', 'cours', 'chemin', 'route', 'campus', 'amphitheatre', 'hotel',
  'residence', 'cite', 'metro', 'tunnel', 'bibliotheque', 'mediatheque', 'complexe', 'affaire', 'doctrine', 'methode', 'syndrome', 'maladie',
  'theoreme', 'trophee', 'coupe', 'medaille', 'fondations', 'promenade', 'esplanade', 'passage', 'carrefour', 'rond point', 'port', 'base', 'caserne',
  'clinique', 'groupe scolaire', 'creche', 'gymnase', 'piscine', 'palais', 'espace', 'galerie', 'pavillon', 'batiment', 'tour', 'boulevards', 'rues',
  'prefecture', 'fort', 'camp', 'quartier', 'vallee', 'pic', 'glacier', 'detroit', 'terminal', 'hall', 'classe', 'promotion', 'reforme', 'reformes',
  'decret', 'circulaire', 'amendement', 'ordonnance', 'ligne', 'mur', 'statue', 'monument', 'mausolee', 'tombe',
  // Missions, craft and instruments named like people: 'la mission Artemis II', 'le télescope James-Webb', 'la sonde Juno'.
  'mission', 'operation', 'programme', 'fusee', 'sonde', 'navette', 'satellite', 'vaisseau', 'capsule', 'telescope', 'rover',
]);

/**
 * Words right before a capitalised run that make it the name of a thing, not a person:
 * articles ('le Charles-de-Gaulle' the ship, 'la Marine nationale', 'le Paris Saint-Germain').
 * A person is written without an article in French news, unless a role comes first
 * ('le président Emmanuel Macron'), which the cue check sees before this one.
 * @example ARTICLES.has('le') // true
 */
export const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'du', 'au', 'aux', 'un', 'une']);

/** Verbs and words that introduce a name: 'un homme nommé Hekashepes', 'surnommé Hemedti'. * @example NAMING_WORDS.has('surnomme') // true
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'nomme', 'nommee', 'nommes', 'surnomme', 'surnommee', 'prenomme', 'prenommee', 'denomme', 'denommee', 'baptise', 'baptisee', 'alias', 'dit', 'dite',
]);
