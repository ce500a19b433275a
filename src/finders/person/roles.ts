import { NumberedWords } from '../vocabulary.js';

/**
 * Role nouns: what the press writes before or after a name to say who the person is
 * ('le président Emmanuel Macron', 'la ministre Catherine Colonna', 'l'archéologue égyptien
 * Zahi Hawass', 'Nasser Bourita, ministre marocain des Affaires étrangères'). Folded keys.
 * @example ROLE_NOUNS.has('secretaire general') // true
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  // politics and the state
  'president', 'presidente', 'vice president', 'vice presidente', 'ministre', 'chancelier', 'chanceliere', 'secretaire', 'chef', 'cheffe',
  'depute', 'deputee', 'senateur', 'senatrice', 'eurodepute', 'eurodeputee', 'depute maire', 'senateur maire', 'maire', 'adjoint', 'adjointe',
  'conseiller', 'conseillere', 'prefet', 'prefete', 'sous prefet', 'gouverneur', 'gouverneure', 'ambassadeur', 'ambassadrice', 'consul', 'consule',
  'diplomate', 'emissaire', 'envoye', 'envoyee', 'negociateur', 'negociatrice', 'mediateur', 'mediatrice', 'porte parole', 'candidat', 'candidate',
  'elu', 'elue', 'opposant', 'opposante', 'dirigeant', 'dirigeante', 'leader', 'militant', 'militante', 'activiste', 'syndicaliste', 'tresorier',
  'tresoriere', 'rapporteur', 'rapporteure', 'commissaire', 'haut commissaire', 'delegue', 'deleguee', 'representant', 'representante', 'magistrat',
  'magistrate', 'juge', 'procureur', 'procureure', 'avocat', 'avocate', 'batonnier', 'batonniere', 'greffier', 'notaire', 'policier', 'policiere',
  'gendarme', 'enqueteur', 'enqueteuse', 'questeur', 'inspecteur', 'inspectrice', 'controleur', 'controleuse', 'fonctionnaire', 'haut fonctionnaire',
  'employe', 'employee', 'agent', 'agente', 'cadre', 'scribe', 'vizir', 'intendant', 'chambellan', 'courtisan', 'favorite', 'edile', 'premier ministre', 'premiere ministre', 'garde des sceaux', 'shogun',
  'dictateur', 'dictatrice', 'autocrate', 'homme fort', 'president directeur', 'secretaire general', 'secretaire generale', 'vice chancelier',
  // heads of state by tradition, nobility and religion
  'roi', 'reine', 'prince', 'princesse', 'emir', 'sultan', 'cheikh', 'cheikha', 'monarque', 'empereur', 'imperatrice', 'tsar', 'tsarine', 'pharaon',
  'duc', 'duchesse', 'comte', 'comtesse', 'marquis', 'marquise', 'baron', 'baronne', 'archiduc', 'infante', 'infant', 'dauphin', 'regent', 'regente',
  'pape', 'cardinal', 'eveque', 'archeveque', 'abbe', 'pretre', 'cure', 'pasteur', 'rabbin', 'grand rabbin', 'imam', 'ayatollah', 'mollah', 'patriarche',
  'moine', 'nonne', 'religieuse', 'mufti', 'guide', 'calife', 'chanoine', 'diacre', 'saint', 'sainte', 'prophete', 'apotre',
  // armed forces
  'general', 'generale', 'colonel', 'lieutenant', 'lieutenant colonel', 'capitaine', 'commandant', 'marechal', 'amiral', 'vice amiral', 'contre amiral',
  'sergent', 'caporal', 'soldat', 'officier', 'brigadier', 'adjudant', 'major', 'chef d etat major', 'commandante', 'pilote', 'astronaute', 'cosmonaute',
  // business
  'pdg', 'ceo', 'dg', 'patron', 'patronne', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'proprietaire',
  'actionnaire', 'milliardaire', 'millionnaire', 'industriel', 'industrielle', 'banquier', 'banquiere', 'economiste', 'entrepreneur', 'entrepreneuse',
  'investisseur', 'investisseuse', 'gerant', 'gerante', 'administrateur', 'administratrice', 'heritier', 'heritiere', 'magnat', 'armateur', 'homme d affaires',
  'femme d affaires', 'trader', 'courtier', 'assureur', 'promoteur', 'lobbyiste', 'consultant', 'consultante', 'analyste', 'expert', 'experte',
  // knowledge, culture, media
  'ecrivain', 'ecrivaine', 'auteur', 'autrice', 'auteure', 'romancier', 'romanciere', 'poete', 'poetesse', 'philosophe', 'historien', 'historienne',
  'sociologue', 'politologue', 'anthropologue', 'ethnologue', 'psychologue', 'psychanalyste', 'psychiatre', 'linguiste', 'geographe', 'demographe',
  'chercheur', 'chercheuse', 'scientifique', 'savant', 'physicien', 'physicienne', 'chimiste', 'biologiste', 'mathematicien', 'mathematicienne',
  'astronome', 'astrophysicien', 'astrophysicienne', 'climatologue', 'geologue', 'virologue', 'epidemiologiste', 'immunologue', 'infectiologue',
  'medecin', 'docteur', 'chirurgien', 'chirurgienne', 'infirmier', 'infirmiere', 'pharmacien', 'pharmacienne', 'veterinaire', 'ingenieur', 'ingenieure',
  'inventeur', 'professeur', 'professeure', 'enseignant', 'enseignante', 'instituteur', 'institutrice', 'recteur', 'rectrice', 'doyen', 'doyenne',
  'archeologue', 'egyptologue', 'paleontologue', 'architecte', 'urbaniste', 'artiste', 'peintre', 'sculpteur', 'sculptrice', 'photographe', 'cineaste',
  'realisateur', 'realisatrice', 'producteur', 'productrice', 'scenariste', 'acteur', 'actrice', 'comedien', 'comedienne', 'humoriste', 'chanteur',
  'chanteuse', 'rappeur', 'rappeuse', 'musicien', 'musicienne', 'compositeur', 'compositrice', 'pianiste', 'violoniste', 'violoncelliste', 'guitariste',
  'batteur', 'chef d orchestre', 'danseur', 'danseuse', 'choregraphe', 'styliste', 'couturier', 'couturiere', 'createur', 'creatrice', 'designer',
  'mannequin', 'dessinateur', 'dessinatrice', 'illustrateur', 'illustratrice', 'editeur', 'editrice', 'libraire', 'journaliste', 'reporter',
  'editorialiste', 'chroniqueur', 'chroniqueuse', 'presentateur', 'presentatrice', 'animateur', 'animatrice', 'correspondant', 'correspondante',
  'blogueur', 'blogueuse', 'influenceur', 'influenceuse', 'youtubeur', 'youtubeuse', 'essayiste', 'biographe', 'dramaturge', 'metteur en scene',
  'cuisinier', 'cuisiniere', 'chef cuisinier', 'explorateur', 'exploratrice', 'navigateur', 'navigatrice', 'alpiniste', 'aventurier', 'aventuriere',
  // sport
  'joueur', 'joueuse', 'footballeur', 'footballeuse', 'attaquant', 'attaquante', 'milieu', 'defenseur', 'defenseure', 'gardien', 'gardienne', 'buteur',
  'buteuse', 'entraineur', 'entraineuse', 'selectionneur', 'selectionneuse', 'coach', 'arbitre', 'coureur', 'coureuse', 'cycliste', 'sprinteur',
  'sprinteuse', 'grimpeur', 'nageur', 'nageuse', 'tennisman', 'tenniswoman', 'boxeur', 'boxeuse', 'judoka', 'athlete', 'perchiste', 'marathonien',
  'marathonienne', 'skieur', 'skieuse', 'biathlete', 'rugbyman', 'demi', 'ailier', 'talonneur', 'pilier', 'ouvreur', 'arriere', 'basketteur',
  'basketteuse', 'handballeur', 'handballeuse', 'golfeur', 'golfeuse', 'escrimeur', 'escrimeuse', 'gymnaste', 'patineur', 'patineuse', 'surfeur',
  'surfeuse', 'champion', 'championne', 'vainqueur', 'laureat', 'laureate', 'medaille', 'medaillee', 'recordman', 'recordwoman',
  'coequipier', 'coequipiere', 'meneur', 'meneuse', 'pivot', 'quarterback', 'lanceur', 'sauteur', 'sauteuse', 'lutteur', 'lutteuse',
  'sportif', 'sportive', 'star', 'icone', 'legende', 'prodige', 'crack', 'numero un', 'equipier', 'equipiere', 'lugeur', 'lugeuse', 'bobeur',
  'professionnel', 'professionnelle', 'pionnier', 'pionniere', 'assistant', 'assistante', 'bassiste', 'saxophoniste', 'trompettiste', 'musicologue',
  // kin, relations, and what the news says of people
  'epouse', 'epoux', 'mari', 'femme', 'fils', 'fille', 'frere', 'soeur', 'pere', 'mere', 'oncle', 'tante', 'neveu', 'niece', 'cousin', 'cousine',
  'veuve', 'veuf', 'compagne', 'compagnon', 'petit fils', 'petite fille', 'grand pere', 'grand mere', 'beau pere', 'belle mere', 'gendre', 'belle fille',
  'homologue', 'successeur', 'predecesseur', 'adversaire', 'rival', 'rivale', 'allie', 'alliee', 'collegue', 'bras droit', 'proche', 'ami', 'amie',
  'partenaire', 'temoin', 'victime', 'suspect', 'suspecte', 'prevenu', 'prevenue', 'detenu', 'detenue', 'otage', 'refugie',
  'refugiee', 'jihadiste', 'djihadiste', 'terroriste', 'chef de guerre', 'seigneur de guerre', 'compatriote', 'dissident', 'dissidente', 'lanceur d alerte',
  'lanceuse d alerte', 'intermediaire', 'figure', 'benjamin', 'benjamine', 'tribun', 'ideologue', 'mentor', 'disciple',
  'agriculteur', 'agricultrice', 'eleveur', 'eleveuse', 'ouvrier', 'ouvriere', 'salarie', 'salariee', 'etudiant', 'etudiante', 'lyceen', 'lyceenne',
  'adolescent', 'adolescente', 'retraite', 'retraitee', 'habitant', 'habitante', 'riverain', 'riveraine', 'commercant', 'commercante', 'chauffeur',
  'chauffeuse', 'pompier', 'sauveteur', 'secouriste', 'benevole', 'citoyen', 'citoyenne', 'chef de file', 'tete de liste', 'numero deux',
  'heros', 'heroine', 'personnage', 'interprete', 'chef de l etat', 'chef d etat', 'chef du gouvernement', 'chef de la diplomatie',
]);

/**
 * The role nouns as numbered words ('president', 'ministre'; 'vice president' of a hyphenated
 * token whole): the finder asks them of the words around names by word number, without a lookup
 * of the key's string in the set. All of them are numbered already by the lexicons.
 * @example ROLE_NOUN_WORDS.at(tokens, tokenWordNumbers(tokens), 1) // true for 'le président'
 */
export const ROLE_NOUN_WORDS = new NumberedWords(ROLE_NOUNS);

/**
 * Words written before a role noun that belong to the role: 'l'ancien Premier ministre',
 * 'la nouvelle présidente', 'l'ex-chancelier', 'le futur roi'.
 * @example ROLE_PREFIXES.has('ancien') // true
 */
export const ROLE_PREFIXES: ReadonlySet<string> = new Set([
  'ancien', 'ancienne', 'ex', 'nouveau', 'nouvel', 'nouvelle', 'futur', 'future', 'actuel', 'actuelle', 'defunt', 'defunte', 'feu', 'jeune', 'vieux',
  'vieille', 'celebre', 'fameux', 'fameuse', 'premier', 'premiere', 'grand', 'grande', 'vice', 'sous', 'co', 'tout puissant', 'puissant', 'puissante',
  'richissime', 'riche', 'illustre', 'regrette', 'regrettee', 'candidat', 'candidate', 'eternel', 'eternelle', 'influent', 'influente', 'sulfureux',
  'sulfureuse', 'charismatique', 'emblematique', 'controverse', 'controversee', 'populaire', 'veteran', 'talentueux', 'talentueuse',
]);
