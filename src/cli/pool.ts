import { Worker } from 'node:worker_threads';
import { processBatch, type BatchResult, type LineDefaults } from './line.js';
import type { BatchMessage, ResultMessage } from './worker.js';

/** Runs batches of corpus lines and resolves with their result lines. */
export interface BatchRunner {
  run(lines: string[], firstLineNo: number): Promise<BatchResult>;
  close(): Promise<void>;
}

/** `--workers 1`: the batches run on the main thread, with no copy and no thread start-up. */
export function inlineRunner(defaults: LineDefaults): BatchRunner {
  return {
    run: (lines, firstLineNo) => Promise.resolve(processBatch(lines, firstLineNo, defaults)),
    close: () => Promise.resolve(),
  };
}

interface Task extends BatchMessage {
  resolve: (result: BatchResult) => void;
  reject: (err: Error) => void;
}

/**
 * `--workers N`: N worker threads, each running one batch at a time; a batch waits in a queue
 * (bounded by the caller, who never has more than a few batches in flight) for a free worker.
 */
export function workerRunner(count: number, defaults: LineDefaults): BatchRunner {
  const url = new URL('./worker.js', import.meta.url);
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const waiting: Task[] = [];
  let failed: Error | null = null;
  let closing = false;
  let nextId = 0;

  const dispatch = () => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const task = waiting.shift() as Task;
      busy.set(worker, task);
      const msg: BatchMessage = { id: task.id, lines: task.lines, firstLineNo: task.firstLineNo };
      worker.postMessage(msg);
    }
  };
  const fail = (err: Error) => {
    failed ??= err;
    for (const task of [...busy.values(), ...waiting.splice(0)]) task.reject(err);
    busy.clear();
  };

  for (let i = 0; i < count; i++) {
    const worker = new Worker(url, { workerData: defaults });
    worker.on('message', (msg: ResultMessage) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      task?.resolve({ out: msg.out, errors: msg.errors });
      dispatch();
    });
    worker.on('error', (err) => fail(new Error(`gazette: a worker thread failed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0 && !closing) fail(new Error(`gazette: a worker thread exited with code ${code}`));
    });
    idle.push(worker);
  }

  return {
    run(lines, firstLineNo) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        waiting.push({ id: nextId++, lines, firstLineNo, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
