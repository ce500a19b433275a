import fc from 'fast-check';

/** Pieces of French news and of the inputs that break text tools, joined at random. */
export const PIECES = [
  'Nasser Bourita', 'M. ', 'Mme ', 'le 11 mai prochain', 'en 2014', 'au Maroc', 'marocain', 'marocaines', "l'OTAN", 'l’ONU', 'Daesh', 'à Marrakech',
  'Jean-Yves Le Drian', 'Grande Bretagne', 'aux États-Unis', 'la Banque de France', 'Coalition mondiale contre Daesh', '12 000', '« ', ' »', '. ', ', ',
  '\n', '\n\n', '\r\n', '\u00a0', '\u202f', '\u200b', 'E\u0301tats-Unis', '👩‍👩‍👧', '🇫🇷', '\ud800', '\udc00', 'hier', 'les 23 et 24 mars', '(', ')', '((',
  'du 5 au 7 juin', 'mardi dernier', 'J. R. R. Tolkien', 'Nahel M.', 'Emmanuel Macron', 'Macron', 'le président', 'la ministre', 'CEDEAO', '(CEDEAO)',
  'Communauté économique des États de l’Afrique de l’Ouest', 'XIVe siècle', 'les années 1990', 'à l’automne', 'date 2022-04 ', 'Paris', 'Washington',
  'شلום', 'مرحبا', '__proto__', 'constructor', '-', '–', "'", '’', '0', '2022', '31/12/2023', 'A', 'ÉÉÉ', 'ß', 'İ', 'ﬁ', '\t', '  ',
];

/** French-like text: lexicon pieces and random strings. */
export const frenchLike = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 40 })
  .map((parts) => parts.join(''));
