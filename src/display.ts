/**
 * A rich value: HTML for notebooks and pages, Markdown for text views. Deno's Jupyter kernel
 * renders any object with a `Symbol.for('Jupyter.display')` method by itself, so a cell that
 * ends with `annotate(text, entities)` shows the highlighted article.
 * @example `${annotate('Rabat', extract('Rabat'))}` // the HTML
 */
export interface Display {
  readonly html: string;
  readonly markdown: string;
  /** The HTML, so that `element.innerHTML = annotate(…)` and template strings just work. */
  toString(): string;
}

const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/** Wraps HTML and Markdown in a value that Deno's Jupyter kernel displays. */
export function display(html: string, markdown: string): Display {
  return {
    html,
    markdown,
    toString: () => html,
    // Not in the type: a symbol key would make the .d.ts depend on a `unique symbol` declaration
    // that users cannot name; the kernel looks it up with Symbol.for, as we do.
    ...{ [JUPYTER_DISPLAY]: () => ({ 'text/html': html, 'text/markdown': markdown }) },
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and quoted attributes: `<script>` stays text.
 * @example escapeHtml('<img src=x onerror="alert(1)">') // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for Markdown: characters that open emphasis, code, links or tables get a
 * backslash, and so do '#', '-', '+' and '1.' at the start of a line (headings, lists);
 * `<`, `>` and `&` become HTML entities, since Markdown passes raw HTML through (a '<script>'
 * in an article must not run in a notebook).
 * @example escapeMarkdown('*Le Monde* [archives] <b>') // '\\*Le Monde\\* \\[archives\\] &lt;b&gt;'
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^([ \t]{0,3})([#+-])/gm, '$1\\$2')
    .replace(/^([ \t]{0,3}\d{1,9})([.)])/gm, '$1\\$2');
}
