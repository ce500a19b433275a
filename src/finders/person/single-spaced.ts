// A space that is not one plain space: two blanks in a row, or a blank other than ' ' ('\n', '\t', a no-break space).
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/**
 * A text with each run of blanks made one space, as `text.replace(/\s+/g, ' ')` makes it: a name
 * or a role written over a line break ('ministre marocain des\nAffaires étrangères').
 *
 * Why the test first: most names and roles have single spaces only, and a global replacement
 * runs in V8's runtime at each call, where the test stays in the pattern's compiled code (some
 * 150 ns against 45 ns a name, micro-benchmark); the person finder makes such a text for every
 * name and role it keeps.
 * @example singleSpaced('Emmanuel\nMacron') // 'Emmanuel Macron'
 */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
