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
  const index = new SpanIndex();
  for (const e of ranked) {
    const clash = index.firstOverlap(e);
    if (clash) {
      drop?.(e, clash);
      continue;
    }
    index.add(e, kept.length);
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

// Kept spans by 64-unit stretch of text, so that a candidate is checked against its neighbours
// only: scanning every kept entity made a 10 MB text (70 000 entities) quadratic.
const STRETCH = 64;

class SpanIndex {
  private readonly byStretch = new Map<number, Array<{ e: Entity; rank: number }>>();

  add(e: Entity, rank: number): void {
    for (let b = Math.floor(e.start / STRETCH); b <= Math.floor((e.end - 1) / STRETCH); b++) {
      const list = this.byStretch.get(b);
      if (list) list.push({ e, rank });
      else this.byStretch.set(b, [{ e, rank }]);
    }
  }

  /** The earliest kept entity overlapping `e` (the one a scan of the kept list would meet first). */
  firstOverlap(e: Entity): Entity | undefined {
    let best: { e: Entity; rank: number } | undefined;
    for (let b = Math.floor(e.start / STRETCH); b <= Math.floor((e.end - 1) / STRETCH); b++) {
      for (const k of this.byStretch.get(b) ?? []) {
        if (k.e.start < e.end && e.start < k.e.end && (!best || k.rank < best.rank)) best = k;
      }
    }
    return best?.e;
  }
}

/**
 * The overlap resolver of the default pipeline.
 * @example overlapResolver.resolve([orgBanqueDeFrance, countryFrance], doc, ctx) // [orgBanqueDeFrance]
 */
export const overlapResolver: Resolver = {
  name: 'overlaps',
  resolve: (entities, _doc, ctx) => resolveOverlaps(entities, (loser, winner) => ctx.drop('overlaps', 'overlaps a stronger entity', loser, winner)),
};
