import fs from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/**
 * Loads `@prisma/schema-engine-wasm` (the Prisma schema engine compiled to WebAssembly).
 *
 * The package's ESM entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
 * cannot import, so we load the JS glue ourselves, instantiate the .wasm with the glue as its
 * import object, and hand the instance back to the glue (what a bundler would generate).
 */
export type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

interface PanicRegistry {
  set_message(message: string): void;
}

const globals = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

let generation = 0;
let loading: Promise<SchemaEngineModule> | undefined;
let lastPanic: string | undefined;

export function loadSchemaEngineModule(): Promise<SchemaEngineModule> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined; // let the next call retry
    throw error;
  });
  return loading;
}

/**
 * A Rust panic aborts inside the wasm instance (RuntimeError: unreachable) and leaves it
 * unusable. Call this after such an error: the next load gets a fresh module instance.
 * Returns the panic message the engine reported, if any.
 */
export function discardSchemaEngineModule(): string | undefined {
  loading = undefined;
  generation += 1;
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

async function instantiate(): Promise<SchemaEngineModule> {
  installPanicRegistry();
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  // The glue keeps the instance in module state, so a fresh instance needs a fresh module:
  // a different URL (query string) is a different module to Node's ESM loader.
  const glueUrl = `${pathToFileURL(gluePath).href}${generation ? `?instance=${generation}` : ""}`;
  const glue = (await import(glueUrl)) as SchemaEngineModule;
  const bytes = await fs.readFile(gluePath.replace(/\.js$/, ".wasm"));
  // The glue's functions are the wasm's imports, under the specifier the .wasm was linked with.
  const imports = { "./schema_engine_bg.js": withUnrefTimers(glue) } as unknown as WebAssembly.Imports;
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue;
}

/**
 * The engine arms ~10 s timers (timeouts around its database calls) and never clears them, so
 * a CLI command would sit idle for 10 s before exiting. Unref'd timers still fire while the
 * process has other work (the database sockets), they just do not keep it alive on their own.
 */
function withUnrefTimers(glue: SchemaEngineModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, value] of Object.entries(glue)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
      const arm = value as (...args: unknown[]) => unknown;
      imports[name] = (...args: unknown[]) => {
        const timer = arm(...args);
        (timer as { unref?: () => void } | null)?.unref?.();
        return timer;
      };
    }
  }
  return imports;
}

/**
 * The glue reports panics to a global registry. Prisma Client installs one too (it throws); if
 * it is already there we leave it alone, otherwise we keep the message for the error we raise.
 */
function installPanicRegistry(): void {
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      lastPanic = message;
    },
  };
}
