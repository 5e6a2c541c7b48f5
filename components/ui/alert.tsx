import type { ReactNode } from "react";

const tone = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
} as const;

export function Alert({ kind, children }: { kind: keyof typeof tone; children: ReactNode }) {
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${tone[kind]}`}>
      {children}
    </div>
  );
}
