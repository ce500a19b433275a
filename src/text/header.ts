/**
 * A leading date header, as in news dumps that start with ' date 2022-04 La Coalition…'.
 * Its date becomes the reference date when the caller gives none; its span is metadata,
 * so no finder reports an entity inside it.
 */
export interface DateHeader {
  start: number;
  end: number;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as written. */
  value: string;
}

// 'date 2022-04', 'Date: 2023-03-14', 'date : 2023-03-14T08:00:00Z' at the very start of the text.
const HEADER = /^\s{0,20}date\s{0,5}[:=]?\s{0,5}(\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]{2,12}(?:Z|[+-]\d{2}:?\d{2})?)?)?)?)(?![\d-])/i;

/** @example findDateHeader(' date 2022-04 La Coalition') // { start: 1, end: 13, value: '2022-04' } */
export function findDateHeader(view: string): DateHeader | null {
  const m = HEADER.exec(view.slice(0, 80));
  if (!m || m[1] === undefined) return null;
  const start = m[0].length - m[0].trimStart().length;
  return { start, end: m[0].length, value: m[1].slice(0, 10) };
}
