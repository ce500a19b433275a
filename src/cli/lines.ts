import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines as it arrives, never holding more than one chunk and one
 * unfinished line: the constant memory of the JSON Lines mode. '\r\n' ends a line like '\n';
 * a last line without a newline is a line; the empty string after a final newline is not.
 * @example for await (const line of readLines(createReadStream('corpus.jsonl'))) …
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, onBytes?: (n: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    onBytes?.(chunk.length);
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      yield text.slice(from, nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  rest += decoder.end();
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
