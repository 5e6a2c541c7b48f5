import { parseArgs, type ParseArgsConfig } from "node:util";
import type { ServerEnv } from "@/lib/env/schema";

export type CommandContext = { env: ServerEnv; args: string[]; log: (line: string) => void };

export type Command = {
  name: string;
  summary: string;
  usage: string;
  /** Extra lines of --help. */
  help?: string;
  options?: ParseArgsConfig["options"];
  run(context: CommandContext, parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }): Promise<void>;
};

/** A bad invocation: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export function parseCommandArgs(command: Command, args: string[]) {
  try {
    const { values, positionals } = parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...command.options }, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function requireString(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || !value.trim()) throw new UsageError(`--${name} is required`);
  return value.trim();
}
