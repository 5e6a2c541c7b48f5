import type { HttpMethod } from "@/lib/api/openapi/types";

const tone: Record<HttpMethod, string> = {
  get: "bg-sky-100 text-sky-900 ring-sky-200",
  post: "bg-emerald-100 text-emerald-900 ring-emerald-200",
  put: "bg-violet-100 text-violet-900 ring-violet-200",
  patch: "bg-amber-100 text-amber-900 ring-amber-200",
  delete: "bg-red-100 text-red-900 ring-red-200",
};

export function MethodBadge({ method }: { method: HttpMethod }) {
  return <span className={`inline-block shrink-0 rounded px-2 py-0.5 font-mono text-xs font-bold ring-1 ring-inset ${tone[method]}`}>{method.toUpperCase()}</span>;
}
