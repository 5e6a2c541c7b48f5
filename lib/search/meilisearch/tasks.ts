import type { EnqueuedTask, EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";

/**
 * A Meilisearch write that was accepted but did not apply. The HTTP call that enqueues a write
 * succeeds before the work is done; failures (a bad document id, an index that already exists,
 * a settings value the server rejects) only show on the task, which the client returns as a
 * normal value — so they must be checked, or a failed write looks like a success.
 */
export class MeilisearchTaskError extends Error {
  readonly task: Task;

  constructor(what: string, task: Task) {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : `task ${task.status}`;
    super(`Meilisearch could not ${what} (task ${task.uid}, ${task.type} on ${task.indexUid ?? "no index"}): ${reason}`);
    this.name = "MeilisearchTaskError";
    this.task = task;
  }

  get code(): string | undefined {
    return this.task.error?.code;
  }
}

export function assertSucceeded(task: Task, what: string): Task {
  if (task.status !== "succeeded") throw new MeilisearchTaskError(what, task);
  return task;
}

/** Enqueues, waits for the task to finish and throws unless it succeeded. */
export async function settle(write: EnqueuedTaskPromise, what: string): Promise<Task> {
  return assertSucceeded(await write.waitTask(), what);
}

/**
 * Waits for tasks enqueued one after another (so Meilisearch applies them in that order and can
 * batch them) and throws on the first that did not succeed.
 */
export async function settleAll(client: Meilisearch, tasks: EnqueuedTask[], what: string): Promise<void> {
  for (const task of await client.tasks.waitForTasks(tasks)) assertSucceeded(task, what);
}
