import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnchoredPattern } from '../../src/finders/date/anchored.js';
import { DATE_PARSERS } from '../../src/finders/date/parsers.js';
import { dayPartParser, WHITE_SPACE } from '../../src/finders/date/parse-day-words.js';

// A pattern found from its required word must match exactly what the whole pattern matches:
// same index, same text, same groups, on every rest of a text chrono hands it (chrono runs a
// pattern again on the text after each match, or one character after a rejected one).
const same = (anchored: RegExp, text: string) => {
  const plain = new RegExp(anchored.source, anchored.flags);
  for (let from = 0; from <= text.length; from++) {
    const rest = text.slice(from);
    const a = anchored.exec(rest);
    const b = plain.exec(rest);
    expect(a && { index: a.index, groups: [...a] }, `at ${from}: ${JSON.stringify(rest.slice(0, 40))}`).toEqual(b && { index: b.index, groups: [...b] });
  }
};

const SENTENCES = [
  "Fin du mois de mai 2022, puis début du mois d'août et mi-juillet ; depuis janvier, jusqu'à février 2021.",
  "Au début de l'automne 2021, dès l'hiver dernier, à la fin de l'été, cet été, ce printemps, pendant l'hiver de 1848.",
  "Entre 2019 et 2021, de 2019 à 2022, en 2019-2021, fin 2023, mi-2024, d'ici à 2030, en l'an 2000, l'année 1999.",
  'À la fin du XVIIIe siècle, au milieu du XXe siècle, mi-XIXe siècle, le 3e siècle avant notre ère, Début du 12ème siècle.',
  'DE  MAI  2022 ; EN   JUIN, en    juillet, 20202021 en 2014000, et 1999, 2000 et 2001 ou 2002.',
  'mai mai mai en en en de de mars mars sept. 2022 juil. déc. 2023 dernier prochain',
  "Au premier trimestre 2024, au 3e  trimestre de 2022, le dernier trimestre, le second semestre d'2025, DEUXIÈME TRIMESTRE.",
  "À Noël, avant Pâques 2024, depuis la Toussaint, le Nouvel An chinois, jusqu'au jour de l'an, Noël Le Graët, la Pentecôte.",
  // Case folding that leaves ASCII ('ſ' is an 's' under the iu flags), spaces that are not ASCII, a cue glued to a word before it.
  "depuiſ 2014, EN\u00a02015, dès\u2009\u2009mai, Ken 2016, fin\tde l'année 2017, mi-  2018, aujourd'hui, en  \u00a0 2019, Lé 2020.",
  // Parts of the day: after 'ce' or 'cet', after spaces of every kind, inside words, glued.
  "Ce matin, cet après-midi, hier  soir, (\u2028\u00a0\u3000soir), CET APRÈS-MIDI, à minuit, a midi, l'aprem, cesoir, cetmatin, ce    soir, maintenant-soir, Soirée, matinal, \ufeffmatin.",
];

describe('AnchoredPattern: the matches of the whole pattern', () => {
  it.each(DATE_PARSERS.map((p) => p.pattern()).filter((re) => re instanceof AnchoredPattern).map((re) => [re.source.slice(0, 60), re] as const))(
    '%s… on tricky sentences and on every rest of them',
    (_name, re) => {
      for (const s of SENTENCES) same(re, s);
    },
  );

  it('matches like the whole pattern over the dev corpus', () => {
    const texts = readFileSync(new URL('../../corpus/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    const patterns = DATE_PARSERS.map((p) => p.pattern()).filter((re) => re instanceof AnchoredPattern);
    expect(patterns.length).toBe(7);
    for (const re of patterns) {
      const plain = new RegExp(re.source, re.flags);
      for (const text of texts) {
        // Every rest that starts a word, as the date reader's reruns mostly do.
        for (let from = 0; from < text.length; from = text.indexOf(' ', from + 1) < 0 ? text.length : text.indexOf(' ', from + 1)) {
          const rest = text.slice(from);
          expect(re.exec(rest)?.index).toBe(plain.exec(rest)?.index);
        }
      }
    }
  });

  it('finds the parts of the day as their whole pattern of before does', () => {
    // The pattern as it was written before it was found from its word: its spaces after an optional 'ce' or 'cet'.
    const before = /(cet?)?\s{0,3}(matin|soir|après-midi|aprem|a midi|à minuit)(?=\W|$)/i;
    const anchored = dayPartParser.pattern();
    expect(anchored).toBeInstanceOf(AnchoredPattern);
    const texts = [...SENTENCES, ...readFileSync(new URL('../../corpus/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text).filter((t) => /matin|soir|midi|aprem|minuit/i.test(t))];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        const rest = text.slice(from);
        const a = anchored.exec(rest);
        const b = before.exec(rest);
        expect(a && { index: a.index, groups: [...a] }, `at ${from}: ${JSON.stringify(rest.slice(0, 40))}`).toEqual(b && { index: b.index, groups: [...b] });
      }
    }
  });

  it('counts every space of the patterns as one (WHITE_SPACE is \\s)', () => {
    for (let c = 0; c < 0x10000; c++) expect(WHITE_SPACE.includes(String.fromCharCode(c))).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('finds an optional cue, a required cue, and nothing without the word', () => {
    const month = new AnchoredPattern('(?:(en|depuis)\\s{0,3})?', '(mai|juin)', ['en', 'depuis'], 3, 'iu');
    expect(month.exec('parti depuis  juin')?.[0]).toBe('depuis  juin');
    expect(month.exec('parti en mai')?.index).toBe(6);
    expect(month.exec('le moi de')).toBeNull();
    const year = new AnchoredPattern('(?:(en)\\s{1,3})', '(20\\d{2})', ['en'], 3, 'iu');
    expect(year.exec('2014 puis en 2015')?.[0]).toBe('en 2015');
    expect(year.exec('2014 puis 2015')).toBeNull();
  });
});
