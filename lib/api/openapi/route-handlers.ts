import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const methodNames = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The HTTP methods a route module exports: `export const GET`, `export async function POST`, `export { x as PATCH }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+([A-Z]+)\b/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of match[1]!.split(",")) {
      const exported = item.trim().split(/\s+as\s+/).pop()?.trim();
      if (exported) found.add(exported);
    }
  }
  return [...found].filter((name) => methodNames.includes(name)).sort();
}

/** `app/api/v1/listings/[id]/route.ts` → `/api/v1/listings/{id}`; null for catch-alls (`[...path]`), which answer 404s. */
export function routePath(appDir: string, file: string): string | null {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment));
  if (segments.some((segment) => segment.startsWith("[..." ) || segment.startsWith("[[..."))) return null;
  return `/${segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

/** Every (METHOD, path) that a route.ts under `dir` implements, as "GET /api/v1/me". */
export function listRouteHandlers(appDir: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const url = routePath(appDir, full);
        if (url) for (const method of exportedMethods(readFileSync(full, "utf8"))) out.push(`${method} ${url}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}
