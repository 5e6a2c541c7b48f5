import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    // Same as tsconfig's "@/*": ["./*"]. A string alias only matches "@" or "@/...", not "@prisma/...".
    // `server-only` throws outside a React Server bundle; in Node tests it is an empty module.
    alias: { "@": root, "server-only": path.join(root, "tests/support/server-only.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Integration tests run whole flows on a real database; on a shared 2-core machine a flow can take seconds.
    testTimeout: 30_000,
  },
});
