/**
 * Closed word lists of the person finder, all as folded keys (`fold`: accents off, lower
 * case, hyphens as spaces). Open lists (first names, well-known people) are data, in
 * `src/data/`; these are grammar.
 */

/**
 * Honorifics written before a name; they go to `title` and stay outside the span:
 * 'M. [Macron]', 'Mme [Borne]', 'Me [Dupond-Moretti]', 'Mgr [Aupetit]'.
 */
export const TITLES: ReadonlyMap<string, string> = new Map([
  ['m', 'M.'], ['mm', 'MM.'], ['mme', 'Mme'], ['mmes', 'Mmes'], ['mlle', 'Mlle'], ['mlles', 'Mlles'], ['me', 'Me'], ['mes', 'Mes'],
  ['dr', 'Dr'], ['pr', 'Pr'], ['mgr', 'Mgr'], ['monsieur', 'M.'], ['madame', 'Mme'], ['mademoiselle', 'Mlle'], ['messieurs', 'MM.'],
  ['mesdames', 'Mmes'], ['docteur', 'Dr'], ['professeur', 'Pr'], ['maitre', 'Me'], ['monseigneur', 'Mgr'], ['sir', 'Sir'], ['lord', 'Lord'],
  ['lady', 'Lady'], ['dame', 'Dame'], ['mr', 'Mr'], ['mrs', 'Mrs'], ['ms', 'Ms'],
]);

/** Titles that stand for several people: 'MM. Bertoni, Micheli et Tissières' names three. */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['mm', 'mmes', 'mlles', 'mes', 'messieurs', 'mesdames']);

/** Titles that need their period or a capital to be titles ('me' is also the pronoun). */
export const TITLES_NEEDING_CAPITAL: ReadonlySet<string> = new Set(['me', 'mes', 'dame', 'lady', 'lord', 'sir', 'ms']);

/**
 * Lower-case particles inside a name: 'Ursula von der Leyen', 'Mohammed ben Salmane',
 * 'Charles de Gaulle', 'Luiz Inácio Lula da Silva'. A run of them must end on a name word.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', "d'", 'von', 'van', 'der', 'den', 'ter', 'ten', 'di', 'da', 'dos', 'das', 'do', 'del', 'della', 'dello', 'degli', 'la', 'le',
  'ben', 'bin', 'bint', 'ibn', 'ould', 'ag', 'al', 'el', 'ad', 'abu', 'abou', 'y', 'zu', 'af', 'av', 'op', 'het', 'vom', 'st', 'mac', 'no',
]);

/**
 * Particles that may be written with a capital inside or at the head of a family name:
 * 'Jean-Yves Le Drian', 'Marine Le Pen', 'Vincent Van Gogh', 'Robert De Niro'.
 */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'du', 'des', 'van', 'von', 'di', 'da', 'del', 'della', 'dos', 'el', 'al', 'ben', 'bin', 'abu', 'abou', 'mac', 'mc', 'ter', 'ten', 'der', 'den']);

/**
 * Hyphenated Arabic and Berber particles glued to the family name: 'al-Sissi', 'el-Assad',
 * 'ben-Gvir', 'ould-Abdallah'. The token is lower case but is a name word.
 */
export const GLUED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ben|bin|ibn|abu|abou|bou|ould|ag|ait|aït|bel|bil)-\p{Lu}/u;

/**
 * Capitalised words that never belong to a person's name: function words that start a
 * sentence ('Selon Reuters', 'Depuis Londres'), days, months, honorifics themselves.
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
  'plusieurs', 'quelques', 'autre', 'autres', 'tel', 'telle', 'parmi', 'pendant', 'durant', 'malgre', 'sauf', 'face', 'grace', 'afin', 'des', 'deja', 'encore',
  'aussi', 'bien', 'tres', 'trop', 'peu', 'beaucoup', 'jamais', 'toujours', 'souvent', 'parfois', 'ensuite', 'puisque', 'quoique', 'tandis', 'lequel',
  'laquelle', 'lesquels', 'lesquelles', 'est', 'sont', 'etait', 'ete', 'fut', 'avait', 'ont', 'sera', 'seront', 'the', 'of', 'and', 'for', 'to', 'in', 'on',
  'at', 'by', 'with', 'from', 'an', 'is', 'are', 'was', 'premier', 'premiere', 'dieu', 'allah', 'christ', 'jesus', 'seigneur', 'note', 'photo', 'video', 'source', 'sources', 'afp', 'reuters',
]);

/**
 * Words that make a capitalised run the name of a thing, not of a person: institutions,
 * companies, places, works, events ('Grand Théâtre Lumière', 'Telugu Desam Party',
 * 'World Rugby', 'Amaury Sport Organisation', 'France Télévisions', 'Tata Sons').
 */
export const THING_WORDS: ReadonlySet<string> = new Set([
  // French
  'grand', 'grande', 'grands', 'grandes', 'petit', 'petite', 'nouveau', 'nouvel', 'nouvelle', 'haut', 'haute', 'hauts', 'hautes', 'bas', 'basse', 'vieux', 'vieille',
  'saint', 'sainte', 'saints', 'notre', 'sud', 'nord', 'est', 'ouest', 'centre', 'central', 'centrale', 'occidental', 'oriental', 'orientale',
  'conseil', 'cour', 'tribunal', 'assemblee', 'senat', 'parlement', 'gouvernement', 'ministere', 'ministre', 'presidence', 'prefecture', 'mairie', 'commune',
  'region', 'departement', 'etat', 'etats', 'republique', 'royaume', 'empire', 'principaute', 'federation', 'confederation', 'union', 'ligue', 'alliance',
  'coalition', 'front', 'parti', 'mouvement', 'rassemblement', 'association', 'societe', 'compagnie', 'groupe', 'banque', 'caisse', 'credit', 'fonds', 'agence',
  'office', 'autorite', 'commission', 'comite', 'conference', 'organisation', 'institut', 'universite', 'ecole', 'lycee', 'college', 'academie', 'fondation',
  'musee', 'theatre', 'opera', 'cinema', 'festival', 'palais', 'chateau', 'maison', 'hotel', 'tour', 'pont', 'port', 'gare', 'aeroport', 'place', 'rue',
  'avenue', 'boulevard', 'quai', 'parc', 'jardin', 'stade', 'arena', 'hopital', 'clinique', 'centre', 'eglise', 'cathedrale', 'basilique', 'mosquee',
  'synagogue', 'temple', 'abbaye', 'mont', 'monts', 'lac', 'ile', 'iles', 'mer', 'ocean', 'golfe', 'cap', 'baie', 'vallee', 'fleuve', 'riviere', 'canal',
  'foret', 'desert', 'plaine', 'plateau', 'cote', 'prix', 'coupe', 'championnat', 'trophee', 'jeux', 'olympique', 'olympiques', 'open', 'masters', 'rallye',
  'guerre', 'revolution', 'bataille', 'traite', 'accord', 'accords', 'pacte', 'loi', 'plan', 'armee', 'armees', 'marine', 'police', 'gendarmerie', 'garde',
  'brigade', 'brigades', 'division', 'regiment', 'forces', 'force', 'service', 'services', 'direction', 'secretariat', 'bureau', 'cabinet', 'syndicat',
  'confederation', 'chambre', 'television', 'televisions', 'radio', 'journal', 'magazine', 'presse', 'editions', 'production', 'productions', 'films',
  'studio', 'studios', 'records', 'sport', 'sports', 'club', 'racing', 'stade', 'athletic', 'olympic', 'sporting', 'real', 'inter', 'dynamo', 'spartak',
  'airlines', 'airways', 'air', 'motors', 'automobiles', 'energies', 'energie', 'telecom', 'technologies', 'systems', 'solutions', 'capital', 'partners',
  'holding', 'industries', 'international', 'internationale', 'national', 'nationale', 'nationaux', 'europeen', 'europeenne', 'mondial', 'mondiale',
  'general', 'generale', 'federal', 'federale', 'royal', 'royale', 'imperial', 'islamique', 'populaire', 'democratique', 'socialiste', 'communiste',
  'ecologiste', 'republicain', 'republicains', 'insoumise', 'reconquete', 'renaissance', 'horizons', 'modem', 'medef',
  'nations', 'unies', 'affaires', 'etrangeres', 'interieur', 'justice', 'defense', 'economie', 'finances', 'sante', 'education', 'culture', 'travail', 'agriculture',
  'environnement', 'transports', 'energie', 'recherche', 'developpement', 'sciences', 'science', 'arts', 'lettres', 'medecine', 'droit', 'histoire',
  'programme', 'projet', 'operation', 'mission', 'sommet', 'forum', 'salon', 'exposition', 'biennale', 'carnaval', 'fete', 'journee', 'semaine', 'annee',
  'epoque', 'age', 'siecle', 'ere', 'ecole', 'collectif', 'cercle', 'reseau', 'observatoire', 'laboratoire', 'station', 'base', 'camp', 'prison', 'centre',
  'ville', 'village', 'quartier', 'province', 'territoire', 'zone', 'bande', 'peninsule', 'detroit', 'colline', 'massif', 'pic', 'volcan', 'glacier',
  'harakat', 'hachd', 'bab', 'jaych', 'jabhat', 'ansar', 'kataeb', 'liwa', 'tahrir', 'hezb', 'hizb', 'hezbollah', 'hamas', 'fatah',
  // English
  'the', 'of', 'and', 'party', 'group', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'sa', 'sas', 'gmbh', 'spa', 'nv', 'bv',
  'foundation', 'institute', 'university', 'school', 'hospital', 'church', 'street', 'road', 'park', 'square', 'bridge', 'island', 'islands', 'river',
  'lake', 'mountain', 'mountains', 'valley', 'airport', 'stadium', 'center', 'hall', 'tower', 'museum', 'gallery', 'theater', 'news', 'times', 'post',
  'review', 'network', 'channel', 'tv', 'awards', 'award', 'cup', 'league', 'championship', 'world', 'global', 'united', 'city', 'county', 'fc', 'team',
  'sons', 'brothers', 'enterprises', 'entertainment', 'pictures', 'games', 'studios', 'band', 'orchestra', 'ensemble', 'boys', 'girls', 'association',
  'society', 'federation', 'organization', 'organisation', 'movement', 'council', 'assembly', 'congress', 'senate', 'ministry', 'department', 'agency',
  'commission', 'committee', 'service', 'army', 'navy', 'corps', 'guard', 'day', 'days', 'night', 'life', 'love', 'story', 'man', 'men', 'woman',
  'women', 'house', 'home', 'new', 'old', 'great', 'north', 'south', 'east', 'west', 'central', 'royal', 'national', 'international', 'federal',
  'state', 'states', 'republic', 'kingdom', 'empire', 'union', 'alliance', 'front', 'project', 'program', 'system', 'technology', 'technologies',
  'media', 'press', 'records', 'music', 'sound', 'sport', 'racing', 'motor', 'motors', 'energy', 'oil', 'gas', 'petroleum', 'power', 'electric',
  'electronics', 'software', 'labs', 'research', 'capital', 'investments', 'holdings', 'trust', 'fund', 'insurance', 'mutual', 'express', 'airlines',
  'air', 'lines', 'rail', 'railways', 'shipping', 'logistics', 'foods', 'pharma', 'health', 'care', 'medical', 'global', 'online', 'digital',
  'prize', 'trophy', 'grand', 'prix', 'tour', 'open', 'classic', 'series', 'edition', 'festival', 'show', 'live', 'star', 'stars', 'wars', 'king', 'queen',
]);

/**
 * Words just before a name that make it the name of a place or a thing named after a person:
 * 'rue Victor-Hugo', 'lycée Jean-Moulin', 'aéroport Charles-de-Gaulle', 'loi Veil',
 * 'prix Goncourt', 'rapport Stora', 'porte-avions Charles-de-Gaulle'.
 */
export const NAMED_AFTER: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'pont', 'gare', 'station', 'aeroport', 'lycee', 'college', 'ecole', 'universite', 'hopital',
  'stade', 'musee', 'fondation', 'institut', 'centre', 'prix', 'loi', 'lois', 'plan', 'rapport', 'porte avions', 'paquebot', 'navire', 'fregate',
  'sous marin', 'croiseur', 'salle', 'theatre', 'parc', 'square', 'impasse', 'allee', 'cours', 'chemin', 'route', 'campus', 'amphitheatre', 'hotel',
  'residence', 'cite', 'metro', 'tunnel', 'bibliotheque', 'mediatheque', 'complexe', 'affaire', 'doctrine', 'methode', 'syndrome', 'maladie',
  'theoreme', 'trophee', 'coupe', 'medaille', 'fondations', 'promenade', 'esplanade', 'passage', 'carrefour', 'rond point', 'port', 'base', 'caserne',
  'clinique', 'groupe scolaire', 'creche', 'gymnase', 'piscine', 'palais', 'espace', 'galerie', 'pavillon', 'batiment', 'tour', 'boulevards', 'rues',
  'prefecture', 'fort', 'camp', 'quartier', 'vallee', 'pic', 'glacier', 'detroit', 'terminal', 'hall', 'classe', 'promotion', 'reforme', 'reformes',
  'decret', 'circulaire', 'amendement', 'ordonnance', 'ligne', 'mur', 'statue', 'monument', 'mausolee', 'tombe',
]);

/**
 * Words right before a capitalised run that make it the name of a thing, not a person:
 * articles ('le Charles-de-Gaulle' the ship, 'la Marine nationale', 'le Paris Saint-Germain').
 * A person is written without an article in French news, unless a role comes first
 * ('le président Emmanuel Macron'), which the cue check sees before this one.
 */
export const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'du', 'au', 'aux', 'un', 'une']);

/** Verbs and words that introduce a name: 'un homme nommé Hekashepes', 'surnommé Hemedti'. */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'nomme', 'nommee', 'nommes', 'surnomme', 'surnommee', 'prenomme', 'prenommee', 'denomme', 'denommee', 'baptise', 'baptisee', 'alias', 'dit', 'dite',
]);
