// A worker thread of `gazette --workers N`: takes batches of corpus lines, sends back their
// result lines. The main thread keeps the order; a worker only computes.
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type BatchResult, type LineDefaults } from './line.js';

/** A batch sent to a worker. */
export interface BatchMessage {
  id: number;
  lines: string[];
  firstLineNo: number;
}

/** A batch's results. */
export interface ResultMessage extends BatchResult {
  id: number;
}

const defaults = workerData as LineDefaults;
parentPort?.on('message', (msg: BatchMessage) => {
  const reply: ResultMessage = { id: msg.id, ...processBatch(msg.lines, msg.firstLineNo, defaults) };
  parentPort?.postMessage(reply);
});
