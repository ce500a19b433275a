import type { ParsingContext, ParsingResult } from 'chrono-node';

/**
 * gazette's own chrono-node parsers for what chrono's French parser leaves out. Each is a
 * plain `{ pattern, extract }` object, the custom-parser hook of chrono. A result carries
 * tags that `toDateValue` reads: `gazette/granularity/<g>` and, for values that are not
 * calendar dates, `gazette/value/<v>` ('199X', '13XX', '2021-FA').
 *
 * Every pattern is anchored on a word and has no nested quantifier: linear time.
 */
export interface CustomParser {
  pattern: (context: ParsingContext) => RegExp;
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null;
}

export const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, 'janv.': 1, 'jan.': 1, février: 2, fevrier: 2, févr: 2, 'févr.': 2, fevr: 2, 'fevr.': 2, 'fév.': 2, 'fev.': 2,
  mars: 3, avril: 4, avr: 4, 'avr.': 4, mai: 5, juin: 6, juillet: 7, juil: 7, 'juil.': 7, août: 8, aout: 8,
  septembre: 9, sept: 9, 'sept.': 9, octobre: 10, 'oct.': 10, novembre: 11, 'nov.': 11, décembre: 12, decembre: 12, 'déc.': 12, 'dec.': 12,
};
// Longest alternatives first so that 'juillet' wins over 'juil.'.
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|');
const YEAR = '(1[0-9]\\d{2}|20\\d{2})';
const NOT_AFTER_YEAR = "(?![\\p{L}\\d]|\\s?\\d{3}(?!\\d)|[,.]\\d)";
// Prepositions and words after which a four-digit number is a year: 'en 2014', 'depuis 2021', 'd'ici 2030'.
const YEAR_CUES = "en|depuis|dès|des|de|d'|à|a|jusqu'en|jusqu'à|avant|après|vers|entre|et|ou|l'an|an|année|l'année|courant|d'ici|d'ici à|d'ici a|pour|dans|of|fin|début|mi-|été|automne|hiver|printemps|saison|exercice|budget|cuvée|promotion|millésime|en l'an";
const QUANTITY_PREPOSITIONS = new Set(['de', "d'", 'à', 'a', 'et', 'ou', 'entre', 'pour', 'dans', 'des', 'vers']);
// After 'de 2000', these make it a quantity: 'de 2000 soldats', 'à 1500 euros'.
const FUNCTION_WORDS = new Set(['les', 'des', 'ses', 'ces', 'nous', 'vous', 'ils', 'elles', 'dans', 'sous', 'sans', 'plus', 'mais', 'alors', 'depuis', 'puis', 'tous', 'toutes', 'très', 'après', 'avant', 'vers', 'chez', 'lors', 'jamais', 'toujours', 'aussi', 'ainsi', 'avons', 'avez', 'sont', 'étaient', 'était', 'avait', 'avaient', 'aux', 'leurs', 'mes', 'tes', 'nos', 'vos']);

function tagged(context: ParsingContext, index: number, text: string, components: Record<string, number>, granularity: string, value?: string): ParsingResult {
  const result = context.createParsingResult(index, text, components);
  result.addTag(`gazette/granularity/${granularity}`);
  if (value) result.addTag(`gazette/value/${value}`);
  return result;
}

/**
 * A result whose span will be cut to [from, to) by `trimRefiner`: chrono's own filter drops a
 * result that is all digits ('2014'), so the parser hands over 'en 2014' and the cut comes last.
 */
function trimmed(context: ParsingContext, index: number, text: string, from: number, to: number, components: Record<string, number>, granularity: string): ParsingResult {
  const result = context.createParsingResult(index, text, components);
  if (from > 0) result.addTag(`gazette/lead/${from}`);
  if (to < text.length) result.addTag(`gazette/tail/${text.length - to}`);
  result.addTag(`gazette/granularity/${granularity}`);
  return result;
}

/**
 * A year after a preposition: 'Créée en [2014]', 'depuis [2021]', 'd'ici à [2030]'; a span of
 * years: 'entre [2019 et 2021]', 'de [2019 à 2021]'. The preposition stays outside the span.
 * Not '2 000 morts' (tokenized as one number), nor 'de 2000 soldats' (a quantity).
 */
export const yearParser: CustomParser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d'-])(${YEAR_CUES})\\s+${YEAR}(?:\\s+(et|à|a|au)\\s+${YEAR})?${NOT_AFTER_YEAR}`, 'iu'),
  extract: (context, match) => {
    const cue = (match[1] ?? '').toLowerCase();
    const y1 = match[2];
    if (y1 === undefined || match.index === undefined) return null;
    // 'fin 2023', 'mi-2022', 'l'été 2023' belong to the fuzzy and season parsers.
    if (cue === 'fin' || cue === 'début' || cue === 'mi-' || ['été', 'automne', 'hiver', 'printemps'].includes(cue)) return null;
    const lead = match[0].indexOf(y1, match[1]?.length ?? 0);
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    const nextWord = /^\s+([\p{Ll}][\p{L}'-]*)/u.exec(after)?.[1]?.toLowerCase();
    if (QUANTITY_PREPOSITIONS.has(cue) && nextWord && !FUNCTION_WORDS.has(nextWord) && /[sx]$/.test(nextWord)) return null;
    const y2 = match[4];
    if (y2 !== undefined && (cue === 'entre' || cue === 'de' || cue === 'depuis' || cue === "d'") && Number(y2) > Number(y1)) {
      const r = trimmed(context, match.index, match[0], lead, match[0].length, { year: Number(y1) }, 'year');
      r.end = context.createParsingComponents({ year: Number(y2) });
      return r;
    }
    return trimmed(context, match.index, match[0].slice(0, lead + 4), lead, lead + 4, { year: Number(y1) }, 'year');
  },
};

/**
 * A year in parentheses: 'Créée en 2014 (2014)', 'le traité de Lisbonne (2007)'.
 */
export const parenthesizedYearParser: CustomParser = {
  pattern: () => new RegExp(`\\(${YEAR}\\)`, 'u'),
  extract: (context, match) => {
    if (match.index === undefined || match[1] === undefined) return null;
    return trimmed(context, match.index, match[0], 1, match[0].length - 1, { year: Number(match[1]) }, 'year');
  },
};

/**
 * A month with a year or after a cue: 'en [février 2022]', '[août 2017]', 'en [mai]',
 * '[mai dernier]', '[début mars]', '[fin mai]', '[mi-juillet]', 'juil. 2021'.
 * A day before the month is chrono's ('11 mai'), so the pattern refuses a number before.
 */
export const monthParser: CustomParser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d'-])(?:(début|fin|mi-|mi\\s|courant|en|depuis|dès|de|d'|jusqu'en|jusqu'à|avant|après|pour|d'ici|mois de|mois d')\\s*)?(${MONTH_ALT})(?:\\s+${YEAR})?(?:\\s+(dernier|prochain))?(?![\\p{L}\\d])`, 'u'),
  extract: (context, match) => {
    if (match.index === undefined) return null;
    const cue = (match[1] ?? '').trim().toLowerCase();
    const monthWord = match[2] ?? '';
    const month = MONTHS[monthWord.toLowerCase()];
    const year = match[3];
    const rel = match[4];
    if (month === undefined) return null;
    if (!cue && year === undefined) return null; // a bare 'mai' or 'mars' is not enough
    // '11 mai', '1er mai 2022' are chrono's: no day number right before the month.
    if (!cue && /\d(?:er|e)?\s{0,3}$/.test(context.text.slice(Math.max(0, match.index - 6), match.index))) return null;
    if (monthWord === 'mars' && !cue && year === undefined) return null;
    const fuzzy = cue === 'début' || cue === 'fin' || cue === 'mi-' || cue === 'mi';
    const textStart = fuzzy ? match.index : match.index + match[0].indexOf(monthWord, cue.length);
    const text = context.text.slice(textStart, match.index + match[0].length);
    const components: Record<string, number> = { month };
    if (year !== undefined) components.year = Number(year);
    const r = tagged(context, textStart, text, components, 'month');
    if (rel) r.addTag(`gazette/relative/${rel}`);
    return r;
  },
};

/** 'fin 2023', 'début 2024', 'mi-2022': the year, with the fuzzy word inside the span. */
export const fuzzyYearParser: CustomParser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d'-])(début|fin|mi-|mi\\s)\\s*${YEAR}${NOT_AFTER_YEAR}`, 'iu'),
  extract: (context, match) => {
    if (match.index === undefined || match[2] === undefined) return null;
    return tagged(context, match.index, match[0], { year: Number(match[2]) }, 'year');
  },
};

const SEASONS: Record<string, string> = { printemps: 'SP', été: 'SU', ete: 'SU', automne: 'FA', hiver: 'WI' };

/**
 * Seasons: 'à l'[automne]', 'au [printemps 2023]', 'cet [été]', 'l'[hiver dernier]'.
 * 'a été' is a verb: the season needs a determiner or preposition, or a year after it.
 */
export const seasonParser: CustomParser = {
  pattern: () => new RegExp(`(?<![\\p{L}])(?:(au|à l'|a l'|l'|cet|ce|en|de l'|du|d'|dès l'|depuis l'|jusqu'à l'|fin de l'|début de l')\\s*)?(printemps|été|automne|hiver)(?:\\s+${YEAR})?(?:\\s+(dernier|prochain))?(?![\\p{L}\\d])`, 'iu'),
  extract: (context, match) => {
    if (match.index === undefined) return null;
    const cue = match[1];
    const word = (match[2] ?? '').toLowerCase();
    const season = SEASONS[word];
    const year = match[3];
    if (!season || (!cue && year === undefined)) return null;
    if (cue && /^(ce|du|d')$/i.test(cue) && word === 'été' && year === undefined) {
      // 'ce été' does not exist ('cet été'); 'd'été' is an adjective phrase ('vacances d'été').
      return null;
    }
    const start = match.index + match[0].indexOf(match[2] ?? '', cue?.length ?? 0);
    const text = context.text.slice(start, match.index + match[0].length);
    const components: Record<string, number> = year !== undefined ? { year: Number(year) } : {};
    const r = tagged(context, start, text, components, 'season', year !== undefined ? `${year}-${season}` : `season-${season}`);
    if (match[4]) r.addTag(`gazette/relative/${match[4].toLowerCase()}`);
    return r;
  },
};

/** Decades: 'les [années 1990]' → 199X, '[années 80]' → 198X, '[années 2000]' → 200X. */
export const decadeParser: CustomParser = {
  pattern: () => /(?<![\p{L}])années\s+((?:1[0-9]|20)?[0-9]0)(?![\p{L}\d])/iu,
  extract: (context, match) => {
    if (match.index === undefined || match[1] === undefined) return null;
    const d = match[1];
    let decade: string;
    if (d.length === 4) decade = d.slice(0, 3);
    else if (d.length === 2) decade = (Number(d) >= 20 ? '19' : '20') + d[0];
    else return null;
    return tagged(context, match.index, match[0], { year: Number(decade + '0') }, 'decade', `${decade}X`);
  },
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Centuries: 'au [XIVe siècle]' → 13XX, 'le [XXIe siècle]' → 20XX, '[19e siècle]' → 18XX. */
export const centuryParser: CustomParser = {
  pattern: () => /(?<![\p{L}\d])([IVXLC]{1,7}|\d{1,2})(?:e|ème|eme|è)\s+siècles?(?![\p{L}])/u,
  extract: (context, match) => {
    if (match.index === undefined || match[1] === undefined) return null;
    const n = /\d/.test(match[1]) ? Number(match[1]) : roman(match[1]);
    if (n < 1 || n > 21) return null;
    const prefix = String(n - 1).padStart(2, '0');
    return tagged(context, match.index, match[0], { year: (n - 1) * 100 + 1 }, 'century', `${prefix}XX`);
  },
};

/** The parsers gazette adds to chrono's French casual configuration. */
export const CUSTOM_PARSERS: readonly CustomParser[] = [yearParser, parenthesizedYearParser, monthParser, fuzzyYearParser, seasonParser, decadeParser, centuryParser];
