import type { Resolver } from '../pipeline.js';
import type { Entity } from '../types.js';

/** Candidates below this score are guesses: they never take a span from a confident one. */
const CONFIDENT = 0.5;

/**
 * Keeps one entity per stretch of text. Confident candidates come first, and among them the
 * longest: 'Coalition mondiale contre Daesh' beats 'Daesh' inside it, 'Banque de France'
 * beats 'France', 'Jean-Yves Le Drian' beats nothing shorter. Equal spans go to the higher
 * score ('Washington' the city at 0.9 over a person guess at 0.7).
 */
export function resolveOverlaps(entities: readonly Entity[], drop?: (loser: Entity, winner: Entity) => void): Entity[] {
  const ranked = [...entities].sort(
    (a, b) =>
      Number(b.score >= CONFIDENT) - Number(a.score >= CONFIDENT) ||
      b.end - b.start - (a.end - a.start) ||
      b.score - a.score ||
      a.start - b.start,
  );
  const kept: Entity[] = [];
  // Which kept entity (index + 1) covers each offset: a clash is found in the entity's own span,
  // not by scanning all kept ones (linear on texts with thousands of entities).
  const owner = new Int32Array(ranked.reduce((m, e) => Math.max(m, e.end), 0));
  for (const e of ranked) {
    let clash: Entity | undefined;
    for (let i = e.start; i < e.end && !clash; i++) if (owner[i]) clash = kept[(owner[i] ?? 1) - 1];
    if (clash) {
      drop?.(e, clash);
      continue;
    }
    kept.push(e);
    owner.fill(kept.length, e.start, e.end);
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
