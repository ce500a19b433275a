/**
 * Scratch memory for the per-token arrays of one document: which tokens a name covers, each
 * token's word number, the tagger's scores.
 *
 * Why: a typed array of a few hundred bytes lives outside V8's heap, and its allocation, its
 * accounting and its release by the collector (on another thread) cost some 750 ns of CPU, where a
 * view over memory already held costs 20 (measured on Node 20: `new Uint8Array(300)` against
 * `new Int32Array(buffer, 64, 300)`). `extract` made ten such arrays for every article of the bench
 * ('le président Emmanuel Macron…': the person finder's flags, the word numbers, the tagger's
 * buffer). Here a document's arrays are cut one after the other from one block, which the next
 * document reuses, and which stays in the cache for it.
 *
 * The block is lent for one run of the pipeline (`withScratch`); a run started from inside another
 * (a `debug` callback that calls `extract`) gets a block of its own. Outside a run, or past the
 * block's end, an array is allocated as before: the arrays are the same either way, zeroed and of
 * the length asked.
 */

/** Blocks past this size are not kept: a document of megabytes allocates its arrays itself. */
const MAX_BLOCK = 1 << 22;
const FIRST_BLOCK = 1 << 16;

interface Block {
  buffer: ArrayBuffer;
  bytes: Uint8Array;
  /** Bytes handed out in the current run, from the start. */
  used: number;
  /** Bytes the current run asked for, the ones given and the ones it had to allocate: the next block's size. */
  asked: number;
}

const blocks: Block[] = [];
/** How many runs are open (a run inside another's `debug` callback is the second). */
let depth = 0;
/** The open runs' numbers, outermost first; `nextRun` numbers the next. */
const runs: number[] = [];
let nextRun = 1;

function newBlock(size: number): Block {
  const buffer = new ArrayBuffer(size);
  return { buffer, bytes: new Uint8Array(buffer), used: 0, asked: 0 };
}

/**
 * Runs `run` with a scratch block for its per-token arrays, and takes the block back after it:
 * nothing cut from it may be kept past the run (the next run cuts the same bytes again).
 * @example withScratch(() => findPersonCandidates(prepare('Nasser Bourita a parlé.'), lex)) // its flags from the block
 */
export function withScratch<T>(run: () => T): T {
  const block = blocks[depth] ?? (blocks[depth] = newBlock(FIRST_BLOCK));
  runs[depth] = nextRun++;
  depth++;
  try {
    return run();
  } finally {
    depth--;
    // A run that asked for more than the block holds gets a bigger block next time, up to a bound.
    if (block.asked > block.buffer.byteLength && block.asked <= MAX_BLOCK) blocks[depth] = newBlock(2 ** Math.ceil(Math.log2(block.asked)));
    block.used = 0;
    block.asked = 0;
  }
}

/**
 * The number of the open run (a new one for every run, and for a run inside another), or 0 outside
 * any run. What a finder keeps about the document it read last, in arrays cut from the block, holds
 * only for the run that cut them: a `Doc` kept from an earlier run and read again in a later one
 * ('Nasser Bourita…' prepared once, then handed to `createPersonFinder().find` from a finder of one's
 * own) would find its bytes overwritten by the later run's documents.
 * @example withScratch(() => scratchRun()) // 1 for the first run, 2 for the next; scratchRun() // 0 outside
 */
export function scratchRun(): number {
  return depth > 0 ? (runs[depth - 1] as number) : 0;
}

/** The block of the open run, if a run is open. */
const openBlock = (): Block | undefined => (depth > 0 ? blocks[depth - 1] : undefined);

/** Where `byteLength` zeroed bytes start in `block` (a multiple of 8), or -1 when it is full. */
function cut(block: Block, byteLength: number): number {
  const size = (byteLength + 7) & ~7;
  block.asked += size;
  const at = block.used;
  if (at + size > block.buffer.byteLength) return -1;
  block.used = at + size;
  block.bytes.fill(0, at, at + byteLength);
  return at;
}

/**
 * `n` zeroed bytes for the current document: `new Uint8Array(n)`, cut from the run's block.
 * @example const covered = scratchBytes(doc.tokens.length) // one flag per token, all 0
 */
export function scratchBytes(n: number): Uint8Array {
  const block = openBlock();
  const at = block ? cut(block, n) : -1;
  return block && at >= 0 ? new Uint8Array(block.buffer, at, n) : new Uint8Array(n);
}

/**
 * A byte per token of the document asked last, kept while the same tokens are asked in the same run
 * (`scratchRun`), and zeroed again for other tokens or in another run: what a finder has read of
 * each token ('Les' is no name word), asked many times a document, kept where the bytes stay valid.
 * @example const read = new DocumentBytes(); read.of(doc.tokens)[3] = 1; read.of(doc.tokens)[3] // 1
 */
export class DocumentBytes {
  private tokens: readonly unknown[] | undefined;
  private run = 0;
  private bytes: Uint8Array = new Uint8Array(0);

  /** The bytes of `tokens`: those given last for them in this run, else new zeroed ones. */
  of(tokens: readonly unknown[]): Uint8Array {
    if (tokens !== this.tokens || this.run !== scratchRun()) {
      this.tokens = tokens;
      this.run = scratchRun();
      this.bytes = scratchBytes(tokens.length);
    }
    return this.bytes;
  }
}

/**
 * `n` zeroed 32-bit integers for the current document: `new Int32Array(n)`, cut from the run's block.
 * @example const numbers = scratchInt32(doc.tokens.length) // one word number per token
 */
export function scratchInt32(n: number): Int32Array {
  const block = openBlock();
  const at = block ? cut(block, 4 * n) : -1;
  return block && at >= 0 ? new Int32Array(block.buffer, at, n) : new Int32Array(n);
}

/**
 * `byteLength` zeroed bytes for the current document, as a buffer and the offset (a multiple of 8)
 * where they start: for a caller that cuts typed arrays of several kinds from them.
 * @example const { buffer, at } = scratchBuffer(1024); new Float64Array(buffer, at, 128)
 */
export function scratchBuffer(byteLength: number): { buffer: ArrayBuffer; at: number } {
  const block = openBlock();
  const at = block ? cut(block, byteLength) : -1;
  return block && at >= 0 ? { buffer: block.buffer, at } : { buffer: new ArrayBuffer(byteLength), at: 0 };
}
