/**
 * A fixed-window request limiter kept in this process's memory — enough to stop one client
 * from flooding a public endpoint of a single instance. Behind several instances each counts
 * on its own; a shared limiter (database or Redis) is the step up when that matters.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, { started: number; count: number }>();
  const maxKeys = options.maxKeys ?? 50_000;
  return function take(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    let window = windows.get(key);
    if (!window || now - window.started >= options.windowMs) {
      if (windows.size >= maxKeys) {
        // Forget the oldest windows rather than grow without bound under a spray of addresses.
        for (const [k, w] of windows) if (now - w.started >= options.windowMs || windows.size >= maxKeys) windows.delete(k);
      }
      window = { started: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= options.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.started + options.windowMs - now) / 1000)) };
  };
}
