import { makeView } from './normalize.js';
import { splitSentences, type Sentence } from './sentences.js';
import { narrowView, tokenize, type Token } from './tokenize.js';
import { findDateHeader, type DateHeader } from './header.js';

/**
 * The text as every finder sees it: the original input, its same-length normalized view,
 * tokens, sentences and the leading date header if there is one. Built once per call.
 */
export interface Doc {
  /** The original input: entity offsets and `text` refer to it. */
  input: string;
  /** Same-length normalized view: typographic apostrophes, odd spaces and hyphens made plain. */
  view: string;
  tokens: Token[];
  sentences: Sentence[];
  /** 'date 2022-04' at the start of the text: metadata, not an entity. */
  header: DateHeader | null;
  /**
   * The view in one byte a character, U+001A where it holds a character above U+00FF (`narrowView`):
   * pieces of it without U+001A are the view's, and one-byte strings ('le 11 mai' of a sentence with a
   * '—'). Absent in a document made by hand: the view serves then.
   */
  narrow?: string;
}

/**
 * Prepares a text for the finders.
 * @example prepare("L’OTAN se réunit.").tokens.map((t) => t.text) // ["L'", 'OTAN', 'se', 'réunit', '.']
 */
export function prepare(input: string): Doc {
  const view = makeView(input);
  const header = findDateHeader(view);
  const narrow = narrowView(view);
  const tokens = tokenize(view, narrow);
  const sentences = splitSentences(tokens, view);
  if (header) {
    // The header is metadata: the first word after it starts the text.
    const after = tokens.find((t) => t.start >= header.end && t.kind !== 'punct');
    if (after) after.sentenceStart = true;
  }
  return { input, view, tokens, sentences, header, narrow };
}
