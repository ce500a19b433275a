import type { ParsingContext, ParsingResult } from 'chrono-node';

/**
 * A chrono-node refiner: the `{ refine(context, results) }` hook of chrono, run on all the
 * results of a text. gazette's enforce its span conventions and drop what is not a date.
 */
export interface CustomRefiner {
  refine: (context: ParsingContext, results: ParsingResult[]) => ParsingResult[];
}

/** Moves a result's span to [index, index + length) of the context text. */
export function respan(context: ParsingContext, result: ParsingResult, index: number, end: number): void {
  result.index = index;
  result.text = context.text.slice(index, end);
}

/** The end offset of a result in the context text. */
export const endOf = (r: ParsingResult): number => r.index + r.text.length;

/** What the date finder passes to chrono's options to hear of the candidates its hooks drop. */
export interface DropListener {
  onDrop?: (index: number, text: string, reason: string) => void;
}

/**
 * Reports a candidate a parser or refiner drops, and why, to the `debug` option of `extract`.
 * @example dropped(context, 12, 'de 2000', 'a quantity: de 2000 soldats')
 */
export function dropped(context: ParsingContext, index: number, text: string, reason: string): void {
  (context.option as DropListener).onDrop?.(index, text, reason);
}
