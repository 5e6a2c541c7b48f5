import type { Db } from "@/lib/db/create-client";

type ComponentStatus = { status: "ok" | "error"; latencyMs?: number; engine?: string; documents?: number; detail?: string };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; latencyMs: number }> {
  const started = performance.now();
  const value = await work();
  return { value, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
}

export type SearchProbe = () => Promise<{ engine: string; status: "ok" | "error"; documents?: number; detail?: string }>;

/** Database and search status for load balancers and operators; "degraded" when either is down. */
export async function checkHealth(client: Db, probeSearch: SearchProbe) {
  const database: ComponentStatus = await timed(() => client.$queryRaw`SELECT 1`)
    .then(({ latencyMs }) => ({ status: "ok" as const, latencyMs }))
    .catch((error: unknown) => ({ status: "error" as const, detail: error instanceof Error ? error.message.split("\n")[0] : "unreachable" }));
  const search: ComponentStatus = await timed(probeSearch)
    .then(({ value, latencyMs }) => ({ ...value, latencyMs }))
    .catch((error: unknown) => ({ status: "error" as const, detail: error instanceof Error ? error.message.split("\n")[0] : "unavailable" }));
  const ok = database.status === "ok" && search.status === "ok";
  return { status: ok ? ("ok" as const) : ("degraded" as const), database, search };
}
