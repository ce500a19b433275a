import { describe, expect, it } from 'vitest';
import { composed } from '../../src/finders/date/composed.js';
import { AGO, ALL_KINDS, CENTURY, DATE_FIGURES, DAY_PART, DAY_WORD, FEAST, DAY_FIGURES, GLUED, JOINED_FIGURES, MONTH, NUMBER, PAREN, QUARTER, RELATIVE, SEASON, SHIFT, UNIT, WEEKDAY, WORD_KINDS, TRIGGER, dateWords, GluedFigures, withJoinedFigures } from '../../src/finders/date/gates.js';
import type { Found } from '../../src/finders/date/found.js';
import { readDates } from '../../src/finders/date/reader.js';
import { prepare } from '../../src/text/document.js';
import { tokenWordNumbers } from '../../src/finders/vocabulary.js';

const kindsOf = (text: string, numbered = false): number => {
  const doc = prepare(text);
  return dateWords(doc.tokens, 0, doc.tokens.length, numbered ? tokenWordNumbers(doc.tokens) : undefined) & ALL_KINDS;
};

describe('the kinds of date word in a sentence', () => {
  it.each<[string, number]>([
    ['Une hausse de 3 % des prix.', NUMBER], // no figure that can be a year: the year parsers skip it
    ['Créée en 2014, la Coalition.', NUMBER | DATE_FIGURES],
    ['Le 11/05, le 11.05.22 et le 11-05-22.', NUMBER | DATE_FIGURES],
    ['Il viendra le 11 mai.', NUMBER | MONTH],
    ['Le président a parlé mardi soir.', WEEKDAY | DAY_PART],
    ['La mer était calme.', WEEKDAY], // the abbreviation 'mer' (mercredi): too much let through, never too little
    ["Il y a trois ans, aujourd'hui même.", UNIT | DAY_WORD | AGO],
    ['Les trois derniers jours de la semaine prochaine.', UNIT | RELATIVE | SHIFT],
    ["À la Saint-Sylvestre, l'an dernier.", FEAST | RELATIVE | UNIT | SHIFT], // 'an': a unit of the lexicon, not of the unit parsers: one sentence more read
    ["Dans l'après-midi, à la mi-juillet.", DAY_PART | MONTH],
    ['Au XVe siècle, au premier trimestre, au printemps.', CENTURY | QUARTER | UNIT | SEASON],
    ['Le personnel a été reçu.', 0], // 'été' after 'a', with no cue before it and no year after it: the participle
    ['Le Parlement a voté.', 0],
    ['Le traité de Lisbonne (2007).', NUMBER | DATE_FIGURES | PAREN], // the parenthesis lets the parenthesized-year parser read it
    ['Il a été élu en 2017.', NUMBER | DATE_FIGURES],
    ["Il a été reçu cet été, à l'été, en été.", SEASON], // the season after its cues
    ['Il a été reçu été 2022.', NUMBER | DATE_FIGURES | SEASON], // before a year: the parser reads it (and turns it down after 'a')
  ])('%s', (text, kinds) => {
    expect(kindsOf(text)).toBe(kinds);
    expect(kindsOf(text, true)).toBe(kinds); // by word numbers, as in extract
  });

  it.each<[string, number]>([
    ['Le 11mai au matin.', NUMBER | MONTH | DAY_PART | GLUED],
    ['Le 1er mars, le 3e jour.', NUMBER | MONTH | UNIT | GLUED],
    ['Vers 15h30, en mai2022.', NUMBER | UNIT | MONTH | DATE_FIGURES | GLUED],
    ['Le 4demars.', WORD_KINDS | GLUED], // 'demars' is no word: 'de' and 'mars' glued, or anything else
  ])('reads a number with letters glued in piece by piece: %s', (text, kinds) => {
    expect(kindsOf(text)).toBe(kinds);
  });

  it('reads a word with a digit glued in only where a date may be', () => {
    expect(kindsOf('Au T1 2024.')).toBe(WORD_KINDS | GLUED); // 'T' is no word of the lexicon: it may be glued to anything
    expect(kindsOf('Le G7 se réunit.')).toBe(0); // no date word, no figure that can be a year: not read
  });
});

describe('figures joined digit to digit, told by the text', () => {
  it.each<[string, number]>([
    ['Le 11/05/2022, à Rabat.', JOINED_FIGURES | DAY_FIGURES],
    ['Le 2022-05-11T10:30.', JOINED_FIGURES | DAY_FIGURES],
    ['Le 11.05.22.', JOINED_FIGURES | DAY_FIGURES],
    ['Ouvert 24/7.', JOINED_FIGURES | DAY_FIGURES], // a slash: the numeric parser reads it (and the clean refiner turns it down)
    ['La guerre de 1914-1918.', JOINED_FIGURES], // a span of years, no day
    ['La saison 2014-2015, un score de 3-1, une hausse de 3.5 % en 2022.', JOINED_FIGURES],
    ['Créée en 2014.', 0], // figures before the final dot: DATE_FIGURES by its words, nothing joined
    ['En 2014 - puis en 2015.', 0], // a hyphen between spaces joins no figures
    ['Le 11 / 05.', 0],
  ])('%s', (text, joined) => {
    const kinds = kindsOf(text);
    expect(kinds & DATE_FIGURES).toBe(DATE_FIGURES);
    expect(withJoinedFigures(text, kinds)).toBe(kinds | joined);
  });

  it('is read only where the words let figures through (DATE_FIGURES)', () => {
    expect(withJoinedFigures('Le score : 3-1.', NUMBER)).toBe(NUMBER);
    expect(withJoinedFigures('Le score : 3-1.', NUMBER | DATE_FIGURES)).toBe(NUMBER | DATE_FIGURES | JOINED_FIGURES);
  });
});

// The gated parse must find what a parse by every parser finds: same spans, same fields. The sentences hold every kind of date, glued forms and traps.
const SENTENCES = [
  'Le 11 mai 2022 à Marrakech, puis les 23 et 24 mars, du 5 au 7 juin.',
  "Il est parti il y a trois ans ; il reviendra dans six mois, ou les trois derniers jours d'août.",
  "Mardi soir, aujourd'hui, hier matin, cette nuit, la veille, ce matin, à minuit, dans l'après-midi.",
  'Le 12/05/2022, le 2022-05-11, en 2014, de 2019 à 2022, (1998), au T1 2024, fin 2023.',
  'La guerre 1914-1918, la période 2017-2021, le 04/03 ; en 2014.',
  'Une hausse de 3.5 % en 2022, la saison 2014-2015, un score de 3-1.', 'Le 11.05/2022, le 1.5.2022, le 2022-5-1.',
  'Au printemps 2021, au XVe siècle, le siècle dernier, les années 80, au premier trimestre 2023.',
  "À Noël 2022, à la Saint-Sylvestre, à Pâques, l'an dernier, cette année, ce week-end, avant-hier.",
  'Le 11mai, la mer, jeudi 12, mi-juillet, début mars, courant avril, la semaine prochaine.',
  'Une hausse de 3 % en un an, 1 500 soldats, à 15 heures, 12 000 euros pour 2000 personnes.',
  'Le 11 mai et le 12 juin', // no full stop: the last sentence runs to the end of the text
  'Le 1er mai, l’été dernier, aujourd’hui, le 3 fe\u0301vrier.',
  // One kind of date word each: a gate too narrow loses the date.
  'Il viendra le 11mai.', 'Il viendra lundi.', 'Elle partira au printemps.', 'Il y a trois ans.', 'Rendez-vous à Noël.',
  "C'était hier.", 'Au XVe siècle.', 'Au premier semestre.', 'Ce matin.', 'Dans quinze jours.', 'Mi-juillet.', 'Le 11/05.',
  'Créée en 2014.', 'Le 11.05.22.', 'Le 11-05-22.', 'La semaine dernière.', 'Le 2022-05-11.', 'Au T3 2023.',
  // Glued: a parser reads across the missing space.
  'Le 4demars 2022.', 'Le 11mai2022.', 'Dans 3ans.', 'En mai2022.', 'Au 1er trimestre 2023.', 'Au 14esiècle.',
  'Fin. \ua7f9\u034fIl y a deux semaines.',
  // 'été', the season and the participle: cues, years, and the auxiliaries the parser turns down.
  "Il a été reçu cet été.", "À l'été 2022, il a été élu.", "L'été dernier.", "En été de 2021.", "Depuis l' été.", 'Il avait été 2002.', 'Au S1 2024.', // 'il' glued to a letter and a mark before it: the pattern reads it after anything but an ASCII letter
];

type Seen = Array<[number, string, string, string | null]>;
const seen = (found: Found[]): Seen => found.map((f) => [f.index, f.text, JSON.stringify(f.start), f.end ? JSON.stringify(f.end) : null]);
const REF = { year: 2023, month: 3, day: 6 };
const read = (sentence: string, kinds: number, clockTimes: boolean): Seen => {
  const text = composed(prepare(sentence).view).text;
  return seen(readDates({ text, ref: REF }, kinds, clockTimes));
};

describe('the gated parse', () => {
  for (const clockTimes of [false, true]) {
    it.each(SENTENCES)(`finds what every parser finds (clock times ${clockTimes ? 'read' : 'left out'}): %s`, (sentence) => {
      const doc = prepare(sentence);
      const kinds = dateWords(doc.tokens, 0, doc.tokens.length, undefined);
      expect(read(sentence, kinds, clockTimes)).toEqual(read(sentence, ALL_KINDS, clockTimes));
    });
  }

  it('loses dates when a gate is too narrow (the test above can fail)', () => {
    const lost = SENTENCES.filter((sentence) => {
      const doc = prepare(sentence);
      const kinds = dateWords(doc.tokens, 0, doc.tokens.length, undefined);
      return [NUMBER, MONTH, WEEKDAY, UNIT, DAY_WORD, DAY_PART, SEASON, CENTURY, QUARTER, FEAST, RELATIVE, DATE_FIGURES, AGO, SHIFT, PAREN, GLUED].some(
        (kind) => kinds & kind && JSON.stringify(read(sentence, kinds & ~kind, false)) !== JSON.stringify(read(sentence, kinds, false)),
      );
    });
    expect(lost.length).toBeGreaterThan(SENTENCES.length / 2);
  });
});

describe('the gate on figures glued to a letter', () => {
  it.each<[string, boolean]>([
    ['au T3 2023', true],
    ['la mi-2024', true],
    ['le COVID-19', true],
    ["l'A380 décolle", true],
    ['le 11mai2022', true], // a number with a figure after a letter: let through
    ['le 11 mai 2022', false],
    ['une hausse de 3 % (2007), le 11/05 et 3,5', false],
  ])('%s: %s', (text, glued) => {
    expect(new GluedFigures(text).within(0, text.length)).toBe(glued);
  });

  it('answers ranges asked in order, or again from further back, as a fresh search does', () => {
    const text = 'Le 11 mai. Au T3 2023. En 2014. La mi-2024, le 3 %.';
    const ranges = [[0, 10], [11, 22], [23, 31], [32, 51], [11, 22], [0, 5], [14, 16], [14, 17], [38, 40], [15, 17]] as const;
    const shared = new GluedFigures(text);
    for (const [start, end] of ranges) expect(shared.within(start, end)).toBe(new GluedFigures(text).within(start, end));
    expect(ranges.map(([start, end]) => new GluedFigures(text).within(start, end))).toEqual([false, true, false, true, true, false, true, true, false, false]);
  });

  it('never hides a word with a figure: the kinds with the text are the kinds without it', () => {
    for (const sentence of [...SENTENCES, 'Au T3 2023, le G7.', 'La mi-2024 et le 4demars.', "L'A380 le 11 mai.", 'Hausse de 3 % le 11 mai 2022.']) {
      const doc = prepare(sentence);
      const last = doc.tokens.length;
      expect(dateWords(doc.tokens, 0, last, undefined, new GluedFigures(doc.view))).toBe(dateWords(doc.tokens, 0, last, undefined));
    }
  });
});

describe('the parts of a hyphenated word', () => {
  // Each part is looked up only when a date word has its first letter and length: the date words
  // are found in every position, and the others ('jean', 'yves', 'etats', 'unis') give nothing.
  it.each<[string, number]>([
    ['La mi-juillet.', MONTH],
    ["L'après-midi.", DAY_PART],
    ['Le lundi-mardi.', WEEKDAY],
    ['Le trimestre-semestre.', UNIT | QUARTER],
    ['La Saint-Sylvestre.', FEAST],
    ['Jean-Yves aux États-Unis.', 0],
    ['Au mois-ci.', RELATIVE | UNIT],
  ])('%s', (text, kinds) => {
    for (const numbered of [false, true]) expect(kindsOf(text, numbered) & WORD_KINDS).toBe(kinds);
  });

  it('lets a part in figures trigger its sentence', () => {
    const doc = prepare('La mi-2024.');
    expect(dateWords(doc.tokens, 0, doc.tokens.length, tokenWordNumbers(doc.tokens)) & TRIGGER).toBe(TRIGGER);
  });
});
