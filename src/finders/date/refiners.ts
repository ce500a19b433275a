import type { ParsingContext, ParsingResult } from 'chrono-node';

/**
 * gazette's chrono-node refiners (the `{ refine(context, results) }` hook), run after
 * chrono's own. They enforce gazette's span conventions and drop what is not a date.
 */
export interface CustomRefiner {
  refine: (context: ParsingContext, results: ParsingResult[]) => ParsingResult[];
}

const hasDatePart = (r: ParsingResult) =>
  r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('year') || r.start.isCertain('weekday') ||
  [...r.tags()].some((t) => t.startsWith('gazette/'));

// Where a clock time starts inside a merged result: '11 mai à 15 heures', 'hier à 8h30', 'mardi, 10:00'.
const CLOCK = /\s*(?:,\s*)?(?:(?:à|a|vers|dès|de|entre|après|avant)\s+)?\d{1,2}\s*(?:h(?![\p{L}])|h\d{2}|heures?(?![\p{L}])|:\d{2})|\s+(?:à|a|vers)\s+\d{1,2}$/iu;
const TIME_WORDS = /\s+(?:à|a|vers)\s+(?:midi|minuit)\b/iu;

/**
 * Dates only: a clock time alone ('à 15 heures', '23 et' read as 23:00 Eastern Time) is
 * dropped, and a date merged with its time keeps only the date ('le [11 mai] à 15 heures').
 */
export const clockTimeRefiner: CustomRefiner = {
  refine: (_context, results) => {
    const out: ParsingResult[] = [];
    for (const r of results) {
      if (!hasDatePart(r)) continue;
      if (r.start.isCertain('hour') || r.start.isCertain('minute')) {
        const m = CLOCK.exec(r.text) ?? TIME_WORDS.exec(r.text);
        if (m && m.index !== undefined && m.index > 0) {
          r.text = r.text.slice(0, m.index).replace(/[\s,]+$/u, '');
        } else if (m && m.index === 0) {
          // The time comes first: 'à 10 heures le 11 mai' — keep what follows the time.
          const rest = r.text.slice(m[0].length);
          const lead = rest.length - rest.replace(/^[\s,]*(?:le|ce|du)?\s*/iu, '').length;
          r.index += m[0].length + lead;
          r.text = rest.slice(lead);
        }
        r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset']);
        r.end?.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset']);
        if (!r.text) continue;
      }
      out.push(r);
    }
    return out;
  },
};

/**
 * '11 mai prochain', '3 janvier dernier': the word that fixes the year stays inside the span
 * and decides the year: the next (or last) such day from the reference date.
 */
export const nextLastRefiner: CustomRefiner = {
  refine: (context, results) => {
    for (const r of results) {
      if (!(r.start.isCertain('day') && r.start.isCertain('month')) || r.start.isCertain('year') || r.end) continue;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 14);
      const m = /^\s+(prochaine?|derni(?:er|ère))(?![\p{L}])/iu.exec(after);
      if (!m || m[1] === undefined) continue;
      r.text += m[0];
      r.addTag(`gazette/relative/${m[1].toLowerCase().startsWith('proch') ? 'prochain' : 'dernier'}`);
    }
    return results;
  },
};

/**
 * Lists of days: 'les [23 et 24 mars]' is one span with the range 23–24 March; chrono finds
 * '24 mars' (and '23 et' as a time, dropped above).
 */
export const dayListRefiner: CustomRefiner = {
  refine: (context, results) => {
    for (const r of results) {
      if (!(r.start.isCertain('day') && r.start.isCertain('month')) || r.end) continue;
      const before = context.text.slice(Math.max(0, r.index - 16), r.index);
      const m = /(?<![\p{L}\d])(\d{1,2})(?:er)?\s+(?:et|ou)\s+$/u.exec(before);
      if (!m || m[1] === undefined || m.index === undefined) continue;
      const first = Number(m[1]);
      const day = r.start.get('day') ?? 0;
      if (first < 1 || first >= day) continue;
      const shift = before.length - m.index;
      r.index -= shift;
      r.text = context.text.slice(r.index, r.index + shift + r.text.length);
      r.end = r.start.clone();
      r.start.assign('day', first);
    }
    return results;
  },
};

// 'pendant trois ans', 'depuis deux mois', 'durant 48 heures': durations, not dates.
const DURATION = /^(?:pendant|durant|depuis|sur|pour|en|au bout de)\s+(?:\S+\s+){0,2}(?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|secondes?|décennies?|siècles?)$/iu;

/** Drops durations that chrono reads as relative dates. */
export const durationRefiner: CustomRefiner = {
  refine: (_context, results) => results.filter((r) => !DURATION.test(r.text)),
};

/** Results that overlap an earlier, longer one are dropped (ours can overlap chrono's). */
export const overlapRefiner: CustomRefiner = {
  refine: (_context, results) => {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const r of sorted) {
      const prev = out[out.length - 1];
      if (prev && r.index < prev.index + prev.text.length) {
        if (r.text.length > prev.text.length) out[out.length - 1] = r;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

/** Applies the cuts parsers asked for ('en 2014' → '2014', '(2014)' → '2014'). */
export const trimRefiner: CustomRefiner = {
  refine: (_context, results) => {
    for (const r of results) {
      let lead = 0;
      let tail = 0;
      for (const t of r.tags()) {
        if (t.startsWith('gazette/lead/')) lead = Number(t.slice(13));
        else if (t.startsWith('gazette/tail/')) tail = Number(t.slice(13));
      }
      if (!lead && !tail) continue;
      r.index += lead;
      r.text = r.text.slice(lead, r.text.length - tail);
    }
    return results;
  },
};

/** The refiners gazette appends to chrono's French casual configuration, in order. */
export const CUSTOM_REFINERS: readonly CustomRefiner[] = [trimRefiner, durationRefiner, clockTimeRefiner, nextLastRefiner, dayListRefiner, overlapRefiner];
