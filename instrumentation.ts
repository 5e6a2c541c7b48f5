/**
 * Runs once when the server boots: validates the environment so a wrong value stops the
 * server with a clear message instead of failing on the first request that needs it, then
 * builds the search index and starts the outbox worker that keeps it current, and starts
 * delivering queued e-mail (a worker of its own, so mail and search never wait for each other),
 * and the job that stores RFQ expiries.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkEnvironmentAtBoot } = await import("./lib/env/check-at-boot");
  checkEnvironmentAtBoot();
  const { startSearchSync } = await import("./lib/search/start-search-sync");
  startSearchSync();
  const { startEmailDelivery } = await import("./lib/notify/start-email-delivery");
  startEmailDelivery();
  const { startRfqExpiry } = await import("./lib/rfq/start-rfq-expiry");
  startRfqExpiry();
  (await import("./lib/verification/start-verification-expiry")).startVerificationExpiry();
}
