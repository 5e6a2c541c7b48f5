import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for the few Meilisearch routes the engine calls, for tests on machines without a
 * server. It checks the wiring — paths, payloads, task polling, swap — not search behaviour:
 * multi-search answers with what `answer` returns for the queries. Tasks finish as they are
 * enqueued.
 */
export type FakeIndex = { primaryKey?: string; documents: Map<string, Record<string, unknown>>; settings: Record<string, unknown> };
export type FakeRequest = { method: string; path: string; body: unknown };
type FakeTask = { uid: number; indexUid: string | null; type: string; status: "succeeded" | "failed"; error: { code: string; message: string; type: string; link: string } | null };

export type FakeMeilisearch = {
  url: string;
  indexes: Map<string, FakeIndex>;
  requests: FakeRequest[];
  /** Makes the next task of this type fail with this error code. */
  failNext: (taskType: string, code: string) => void;
  answer: (queries: Record<string, unknown>[]) => unknown[];
  close: () => Promise<void>;
};

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : undefined;
}

const apiError = (code: string) => ({ code, message: `fake: ${code}`, type: "invalid_request", link: "" });

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const indexes = new Map<string, FakeIndex>();
  const tasks: FakeTask[] = [];
  const requests: FakeRequest[] = [];
  const failures = new Map<string, string>();
  const fake = { answer: (queries: Record<string, unknown>[]): unknown[] => queries.map(() => ({ hits: [], query: "", processingTimeMs: 0 })) };

  const enqueue = (type: string, indexUid: string | null, apply: () => string | null): object => {
    const forced = failures.get(type);
    failures.delete(type);
    const code = forced ?? apply();
    const task: FakeTask = { uid: tasks.length, indexUid, type, status: code ? "failed" : "succeeded", error: code ? apiError(code) : null };
    tasks.push(task);
    return { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() };
  };

  const route = (method: string, parts: string[], body: unknown): [number, unknown] => {
    const [root, uid, sub, action] = parts;
    const index = uid ? indexes.get(uid) : undefined;
    if (root === "health") return [200, { status: "available" }];
    if (root === "tasks" && uid) {
      const task = tasks[Number(uid)];
      return task ? [200, { ...task, batchUid: 0, canceledBy: null, duration: "PT0S", enqueuedAt: "", startedAt: "", finishedAt: "" }] : [404, apiError("task_not_found")];
    }
    if (root === "multi-search") return [200, { results: fake.answer((body as { queries: Record<string, unknown>[] }).queries) }];
    if (root === "swap-indexes") {
      const pairs = (body as { indexes: [string, string] }[]).map((swap) => swap.indexes);
      return [202, enqueue("indexSwap", null, () => {
        if (pairs.some((pair) => pair.some((uid) => !indexes.has(uid)))) return "index_not_found";
        for (const [a, b] of pairs) {
          const left = indexes.get(a)!;
          indexes.set(a, indexes.get(b)!);
          indexes.set(b, left);
        }
        return null;
      })];
    }
    if (root !== "indexes") return [404, apiError("not_found")];
    if (method === "POST" && !uid) {
      const { uid: newUid, primaryKey } = body as { uid: string; primaryKey?: string };
      return [202, enqueue("indexCreation", newUid, () => {
        if (indexes.has(newUid)) return "index_already_exists";
        indexes.set(newUid, { primaryKey, documents: new Map(), settings: {} });
        return null;
      })];
    }
    if (method === "GET" && !uid) {
      const results = [...indexes].map(([indexUid, { primaryKey }]) => ({ uid: indexUid, primaryKey, createdAt: "", updatedAt: "" }));
      return [200, { results, offset: 0, limit: 1000, total: results.length }];
    }
    if (!uid) return [404, apiError("not_found")];
    if (method === "DELETE" && !sub) return [202, enqueue("indexDeletion", uid, () => (indexes.delete(uid) ? null : "index_not_found"))];
    if (!index) return [404, apiError("index_not_found")];
    if (method === "GET" && !sub) return [200, { uid, primaryKey: index.primaryKey, createdAt: "", updatedAt: "" }];
    if (method === "GET" && sub === "stats") return [200, { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} }];
    if (method === "GET" && sub === "settings") return [200, index.settings];
    if (method === "PATCH" && sub === "settings") {
      return [202, enqueue("settingsUpdate", uid, () => ((index.settings = { ...index.settings, ...(body as object) }), null))];
    }
    if (method === "POST" && sub === "documents" && action === "delete-batch") {
      return [202, enqueue("documentDeletion", uid, () => ((body as string[]).forEach((id) => index.documents.delete(id)), null))];
    }
    if (method === "PUT" && sub === "documents") {
      return [202, enqueue("documentAdditionOrUpdate", uid, () => {
        for (const d of body as Record<string, unknown>[]) index.documents.set(String(d.id), { ...index.documents.get(String(d.id)), ...d });
        return null;
      })];
    }
    if (method === "POST" && sub === "documents") {
      return [202, enqueue("documentAdditionOrUpdate", uid, () => ((body as Record<string, unknown>[]).forEach((d) => index.documents.set(String(d.id), d)), null))];
    }
    return [404, apiError("not_found")];
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const body = await readBody(req);
      requests.push({ method: req.method ?? "GET", path: url.pathname + url.search, body });
      const [status, payload] = route(req.method ?? "GET", url.pathname.split("/").filter(Boolean), body);
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(payload));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    indexes,
    requests,
    failNext: (taskType: string, code: string) => void failures.set(taskType, code),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}
