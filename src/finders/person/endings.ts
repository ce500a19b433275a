/**
 * A set of word endings, asked whether a key ends with one of them: 'américain' ends with 'ain'.
 *
 * Why not a pattern `(?:ien|ais|…)$`: the regular expression engine tries it from every letter of
 * the word, and the cues before a name ask it of some 20,000 lower-case words a pass over the bench
 * text, most of them unknown to the vocabulary ('irakien', 'sortante'), so no word number answers
 * first. Walked from the last letter in a table of the reversed endings, a word is answered in a
 * few reads: 22,755 keys of the bench text, 50 rounds, 57-89 ms by the pattern, 22-31 ms so.
 * @example new Endings(['ien', 'ais']).endsOne('irakien') // true
 */
export class Endings {
  /** Child of a node by the code unit read (ASCII only: every ending is), `NODE` cells a node; 0: none. */
  private readonly next: Int32Array;
  /** 1 for a node where a whole ending has been read. */
  private readonly complete: Uint8Array;

  constructor(endings: readonly string[]) {
    const next: number[] = new Array<number>(NODE).fill(0);
    const complete: number[] = [0];
    for (const ending of endings) {
      let node = 0;
      for (let k = ending.length - 1; k >= 0; k--) {
        const c = ending.charCodeAt(k);
        if (c >= NODE) throw new RangeError(`gazette: the ending '${ending}' is not ASCII`);
        let child = next[node * NODE + c] as number;
        if (child === 0) {
          child = complete.length;
          complete.push(0);
          for (let j = 0; j < NODE; j++) next.push(0);
          next[node * NODE + c] = child;
        }
        node = child;
      }
      complete[node] = 1;
    }
    this.next = Int32Array.from(next);
    this.complete = Uint8Array.from(complete);
  }

  /** Whether `key` ends with one of the endings (as `(?:e1|e2|…)$` would tell). */
  endsOne(key: string): boolean {
    let node = 0;
    for (let k = key.length - 1; k >= 0; k--) {
      const c = key.charCodeAt(k);
      // No ending holds a letter outside ASCII ('œ'): none reads past it, and the shorter ones were asked.
      if (c >= NODE) return false;
      node = this.next[node * NODE + c] as number;
      if (node === 0) return false;
      if (this.complete[node] === 1) return true;
    }
    return false;
  }
}

const NODE = 128;
