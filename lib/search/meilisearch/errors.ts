import { MeilisearchApiError, MeilisearchRequestError } from "meilisearch";

/**
 * One line for an operator: the API error code when Meilisearch answered, else what went wrong
 * on the way. The client's request errors name the URL but never the API key.
 */
export function describeError(error: unknown): string {
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code;
    return code ? `${code}: ${error.message}` : `HTTP ${error.response.status}: ${error.message}`;
  }
  if (error instanceof MeilisearchRequestError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `unreachable (${error.message}${cause})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The client's health() takes no abort signal, so a hung server is cut off here instead. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
