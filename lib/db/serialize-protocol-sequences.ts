import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueuedMessage = { handlerId: number; message: Uint8Array; resolve: (bytes: number) => void; reject: (error: unknown) => void; onData: (data: Uint8Array) => void };
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
};

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/**
 * PGlite is one Postgres session shared by every socket connection. `pglite-socket` (0.2.x)
 * interleaves the connections message by message outside transactions, so one client's
 * Parse/Bind/Execute can be split by another's — both use the unnamed prepared statement and
 * one gets "bind message supplies 9 parameters, but prepared statement requires 3" (seen with
 * concurrent requests). This keeps a connection's extended-protocol sequence together: after a
 * Parse/Bind/Describe/Execute the next message processed is that connection's, until its Sync
 * (or a simple Query, a Terminate, or a startup message) ends the sequence. Inside a transaction
 * the library already sticks to one connection; that rule is kept.
 */
export function serializeProtocolSequences(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midSequence = false;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (queue.lastHandlerId === handlerId) midSequence = false;
    clear(handlerId);
  };
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        let item: QueuedMessage | undefined;
        if (this.lastHandlerId !== null && (midSequence || this.db.isInTransaction())) {
          const index = this.queue.findIndex((queued) => queued.handlerId === this.lastHandlerId);
          if (index === -1) break; // wait for the rest of that connection's sequence
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        const current = item;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (data) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
        } catch (error) {
          midSequence = false;
          current.reject(error);
          continue;
        }
        const type = current.message[0];
        midSequence = !(type === SYNC || type === QUERY || type === TERMINATE || type === 0);
        this.lastHandlerId = current.handlerId;
        current.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
