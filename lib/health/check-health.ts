import type { Db } from "@/lib/db/create-client";

type ComponentStatus = { status: "ok" | "error"; latencyMs?: number; engine?: string; detail?: string };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; latencyMs: number }> {
  const started = performance.now();
  const value = await work();
  return { value, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
}

/**
 * Database and search status for load balancers and operators. The embedded search engine
 * runs inside this process, so it is up when the process is; Meilisearch is asked over HTTP.
 */
export async function checkHealth(client: Db, search: { meilisearchUrl?: string; meilisearchApiKey?: string }) {
  const database: ComponentStatus = await timed(() => client.$queryRaw`SELECT 1`)
    .then(({ latencyMs }) => ({ status: "ok" as const, latencyMs }))
    .catch((error: unknown) => ({ status: "error" as const, detail: error instanceof Error ? error.message.split("\n")[0] : "unreachable" }));

  let searchStatus: ComponentStatus = { status: "ok", engine: "embedded" };
  if (search.meilisearchUrl) {
    const url = new URL("/health", search.meilisearchUrl);
    searchStatus = await timed(() =>
      fetch(url, { headers: search.meilisearchApiKey ? { Authorization: `Bearer ${search.meilisearchApiKey}` } : {}, signal: AbortSignal.timeout(2000) }),
    )
      .then(({ value, latencyMs }) => (value.ok ? { status: "ok" as const, engine: "meilisearch", latencyMs } : { status: "error" as const, engine: "meilisearch", detail: `HTTP ${value.status}` }))
      .catch(() => ({ status: "error" as const, engine: "meilisearch", detail: "unreachable" }));
  }
  const ok = database.status === "ok" && searchStatus.status === "ok";
  return { status: ok ? ("ok" as const) : ("degraded" as const), database, search: searchStatus };
}
