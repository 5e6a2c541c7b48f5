/**
 * Operator CLI: `npm run cli -- <command> [options]`. Each command has --help and exits
 * non-zero with a clear message on bad input (2 = usage, 1 = failure).
 */
import "./load-dotenv";
import { isAppError } from "@/lib/errors/app-error";
import { EnvError, parseServerEnv } from "@/lib/env/schema";
import { UsageError, parseCommandArgs, type Command } from "./cli/command";
import { catalogImport } from "./cli/catalog-commands";
import { searchReindex } from "./cli/search-commands";
import { dbCheck, dbMigrate, dbMigration, dbReset, dbSeed } from "./cli/db-commands";
import { auditVerify } from "./cli/audit-commands";
import { ledgerCheck } from "./cli/ledger-commands";
import { taxonomyImport } from "./cli/taxonomy-commands";
import { tokenCreate, userCreate } from "./cli/user-commands";

const commands: Command[] = [dbMigrate, dbMigration, dbCheck, dbReset, dbSeed, userCreate, tokenCreate, taxonomyImport, catalogImport, searchReindex, ledgerCheck, auditVerify];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return ["Usage: npm run cli -- <command> [options]", "", "Commands:", ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), "", "Run a command with --help for its options."].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  try {
    const parsed = parseCommandArgs(command, args);
    if (parsed.values.help) {
      console.log(`Usage: npm run cli -- ${command.usage}\n\n${command.summary}.${command.help ? `\n\n${command.help}` : ""}`);
      return 0;
    }
    await command.run({ env: parseServerEnv(), args, log: (line) => console.log(line) }, parsed);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${command.name}: ${error.message}\nUsage: npm run cli -- ${command.usage}`);
      return 2;
    }
    if (error instanceof EnvError) {
      console.error(error.message);
      return 2;
    }
    if (isAppError(error)) {
      const fields = error.details.fields ? ` (${Object.entries(error.details.fields).map(([f, k]) => `${f}: ${k.replace(/^field\./, "")}`).join(", ")})` : "";
      console.error(`${command.name}: ${error.message}${fields}`);
      return 1;
    }
    console.error(`${command.name} failed:`, error instanceof Error ? error.message : error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
