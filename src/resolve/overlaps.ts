import type { Resolver } from '../pipeline.js';
import type { Entity } from '../types.js';
import { sortSmall } from './sort-small.js';

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
  const n = entities.length;
  if (n < 2) return [...entities];
  // Each entity's offsets and score read once: the entities of a document come in a dozen shapes
  // (a person, a date, a country by demonym…), and a comparison that read them from the objects
  // at each step of the sorts cost more than the rest of the resolver.
  const start: number[] = [];
  const end: number[] = [];
  const score: number[] = [];
  const ranked: number[] = [];
  let lo = Infinity;
  let hi = 0;
  for (let k = 0; k < n; k++) {
    const e = entities[k] as Entity;
    start.push(e.start);
    end.push(e.end);
    score.push(e.score);
    ranked.push(k);
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  const at = (k: number) => start[k] as number;
  const upTo = (k: number) => end[k] as number;
  const scored = (k: number) => score[k] as number;
  sortSmall(
    ranked,
    (a, b) =>
      Number(scored(b) >= CONFIDENT) - Number(scored(a) >= CONFIDENT) ||
      upTo(b) - at(b) - (upTo(a) - at(a)) ||
      scored(b) - scored(a) ||
      at(a) - at(b),
  );
  // The kept entity over each code unit, as its place in `kept` plus one (0: none).
  const owner = takeCells(hi - lo);
  const kept: number[] = [];
  for (const k of ranked) {
    let clash = 0;
    for (let i = at(k) - lo; i < upTo(k) - lo; i++) {
      if (owner[i] !== 0) {
        clash = owner[i] as number;
        break;
      }
    }
    if (clash > 0) {
      drop?.(entities[k] as Entity, entities[kept[clash - 1] as number] as Entity);
      continue;
    }
    kept.push(k);
    owner.fill(kept.length, at(k) - lo, upTo(k) - lo);
  }
  for (const k of kept) owner.fill(0, at(k) - lo, upTo(k) - lo);
  giveBack(owner);
  return sortSmall(kept, (a, b) => at(a) - at(b) || upTo(a) - upTo(b)).map((k) => entities[k] as Entity);
}

/**
 * The owner cells of the last call, all 0 again, kept for the next one: a map as long as a
 * document's text, allocated and zeroed for every document, cost a third of the resolver (an 8,000
 * character article: 32 KB). Taken while a call uses it, so that a `drop` callback that runs
 * `extract` again gets cells of its own; one grown for a huge text is not kept.
 */
let spareCells: Int32Array | undefined;
const KEPT_CELLS = 1 << 18;

function takeCells(length: number): Int32Array {
  const cells = spareCells && spareCells.length >= length ? spareCells : new Int32Array(length);
  spareCells = undefined;
  return cells;
}

function giveBack(cells: Int32Array): void {
  if (cells.length <= KEPT_CELLS) spareCells = cells;
}

/**
 * The overlap resolver of the default pipeline.
 * @example overlapResolver.resolve([orgBanqueDeFrance, countryFrance], doc, ctx) // [orgBanqueDeFrance]
 */
export const overlapResolver: Resolver = {
  name: 'overlaps',
  resolve: (entities, _doc, ctx) => resolveOverlaps(entities, (loser, winner) => ctx.drop('overlaps', 'overlaps a stronger entity', loser, winner)),
};
