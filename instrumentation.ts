/**
 * Runs once when the server boots: validates the environment so a wrong value stops the
 * server with a clear message instead of failing on the first request that needs it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentAtBoot } = await import("./lib/env/check-at-boot");
    checkEnvironmentAtBoot();
  }
}
