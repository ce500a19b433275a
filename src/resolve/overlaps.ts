import type { Resolver } from '../pipeline.js';
import type { Entity } from '../types.js';

/** Candidates below this score are guesses: they never take a span from a confident one. */
const CONFIDENT = 0.5;

/**
 * Keeps one entity per stretch of text. Confident candidates come first, and among them the
 * longest: 'Coalition mondiale contre Daesh' beats 'Daesh' inside it, 'Banque de France'
 * beats 'France', 'Jean-Yves Le Drian' beats nothing shorter. Equal spans go to the higher
 * score ('Washington' the city at 0.9 over a person guess at 0.7).
 *
 * Linear in the text: each code unit remembers which kept entity covers it, so a candidate is
 * checked against its own span only (a 10 MB text with 200 000 candidates stays fast).
 */
export function resolveOverlaps(entities: readonly Entity[], drop?: (loser: Entity, winner: Entity) => void): Entity[] {
  if (entities.length < 2) return [...entities];
  const ranked = [...entities].sort(
    (a, b) =>
      Number(b.score >= CONFIDENT) - Number(a.score >= CONFIDENT) ||
      b.end - b.start - (a.end - a.start) ||
      b.score - a.score ||
      a.start - b.start,
  );
  let lo = Infinity;
  let hi = 0;
  for (const e of entities) {
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  const owner = new Int32Array(hi - lo).fill(-1);
  const kept: Entity[] = [];
  for (const e of ranked) {
    let clash = -1;
    for (let i = e.start - lo; i < e.end - lo; i++) {
      if ((owner[i] as number) >= 0) {
        clash = owner[i] as number;
        break;
      }
    }
    if (clash >= 0) {
      drop?.(e, kept[clash] as Entity);
      continue;
    }
    for (let i = e.start - lo; i < e.end - lo; i++) owner[i] = kept.length;
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The overlap resolver of the default pipeline.
 * @example overlapResolver.resolve([orgBanqueDeFrance, countryFrance], doc, ctx) // [orgBanqueDeFrance]
 */
export const overlapResolver: Resolver = {
  name: 'overlaps',
  resolve: (entities, _doc, ctx) => resolveOverlaps(entities, (loser, winner) => ctx.drop('overlaps', 'overlaps a stronger entity', loser, winner)),
};
