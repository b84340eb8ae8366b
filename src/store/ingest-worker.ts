/**
 * Worker-thread entry for `ingestPaths`: receives tasks, answers with TaskResults, one task at
 * a time in arrival order (the pool relies on that order to tell which task crashed a worker).
 */
import { parentPort } from 'node:worker_threads';
import { processTask, type Task } from './task.js';

interface Request {
  id: number;
  task: Task;
}

const port = parentPort;
if (!port) throw new Error('ingest-worker.js must run in a worker thread');

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: Request) => {
  queue = queue.then(async () => {
    port.postMessage({ id: request.id, result: await processTask(request.task) });
  });
});
