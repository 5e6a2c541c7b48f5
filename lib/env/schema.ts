import { z } from "zod";

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgres:// or postgresql://");

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const positiveInt = z.coerce.number().int().positive();

/**
 * Every variable the server reads. `.env.example` documents each one; keep the two in step.
 * Nothing here is exposed to the browser: there are no NEXT_PUBLIC_* settings, so one build
 * runs in every deployment (STYLE.md, "settings baked into the client bundle").
 */
export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: positiveInt.max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: postgresUrl.optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  /** Public base URL, e.g. https://karavan.example. Needed behind a proxy for absolute links. */
  APP_URL: z.string().url().optional(),
  /** Load the demo companies and users when the database is empty. Defaults to on for the embedded database only. */
  KARAVAN_DEMO: booleanFlag.optional(),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(5),
  SIGNIN_MAX_FAILURES_PER_IP: positiveInt.default(30),
  SIGNIN_THROTTLE_WINDOW_MINUTES: positiveInt.default(15),
  /** Requests per minute per client IP on the public search API. */
  SEARCH_API_RATE_LIMIT: positiveInt.default(120),
  MEILISEARCH_URL: z.string().url().optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  /** Largest accepted image upload, in megabytes. */
  UPLOAD_MAX_IMAGE_MB: positiveInt.max(50).default(8),
  /** Largest accepted catalog file in the supplier console, in megabytes. */
  UPLOAD_MAX_CATALOG_MB: positiveInt.max(200).default(20),
  /** S3-compatible file storage. Unset → files under DATA_DIR/files. */
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (http://host/bucket/key), as MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
  /** FX rates older than this many hours are flagged as stale wherever they are used. */
  FX_STALE_HOURS: positiveInt.max(24 * 90).default(48),
  /** Largest accepted attachment (RFQs, quotes, messages, order documents), in megabytes. */
  UPLOAD_MAX_ATTACHMENT_MB: positiveInt.max(100).default(20),
  /** How long a supplier verification lasts after approval, in days. */
  VERIFICATION_VALID_DAYS: positiveInt.max(3650).default(365),
  /** How many days before a verification lapses its supplier is reminded to renew it. */
  VERIFICATION_REMINDER_DAYS: positiveInt.max(365).default(30),
  /** A supplier cannot confirm an order worth at least this many US dollars until the buyer company is verified. */
  BUYER_REVIEW_ORDER_USD: positiveInt.max(1_000_000_000).default(100000),
  /** Days the supplier has to answer a dispute, and the hub to decide it, before it is escalated. */
  DISPUTE_SUPPLIER_DAYS: positiveInt.max(60).default(5),
  DISPUTE_DECISION_DAYS: positiveInt.max(90).default(10),
  /** Deal monitoring: an order of a supplier new on the platform above this many US dollars is flagged. */
  MONITOR_NEW_SUPPLIER_ORDER_USD: positiveInt.max(1_000_000_000).default(50000),
  /** Comma-separated ISO country codes and city names; deals going there are flagged. */
  MONITOR_RESTRICTED_DESTINATIONS: z.string().max(10_000).optional(),
  /** Comma-separated ISO country codes and company names; deals with such a buyer or supplier are flagged. */
  MONITOR_RESTRICTED_PARTIES: z.string().max(10_000).optional(),
  /** Platform commission in basis points (250 = 2.5 %) for categories without their own rate. */
  PLATFORM_COMMISSION_BPS: z.coerce.number().int().min(0).max(5000).default(250),
  /** The platform's bank account printed on proforma invoices. */
  PLATFORM_LEGAL_NAME: z.string().min(2).default("Karavan Trade Hub LLP"),
  PLATFORM_BANK_NAME: z.string().min(2).default("Demo Bank (set PLATFORM_BANK_NAME)"),
  PLATFORM_BANK_ACCOUNT: z.string().min(4).default("KZ00 0000 0000 0000 0000"),
  PLATFORM_BANK_SWIFT: z.string().min(8).max(11).default("DEMOKZKA"),
  PLATFORM_BANK_ADDRESS: z.string().optional(),
  /** Stripe API host override (tests point the SDK at a loopback server). */
  STRIPE_API_HOST: z.string().url().optional(),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Karavan <no-reply@karavan.local>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Empty strings in a .env file mean "not set". */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""));
}

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "EnvError";
  }
}

export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = serverEnvSchema.safeParse(withoutEmpty(source));
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}
