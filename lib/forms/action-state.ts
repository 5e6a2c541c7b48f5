/** What a server action hands back to its form: translated, ready to show. */
export type ActionState = {
  status: "idle" | "error" | "success";
  /** Form-level message (already translated). */
  message?: string;
  /** Field name → translated message. */
  fieldErrors?: Record<string, string>;
  /** Values to put back into the form after an error (never passwords). */
  values?: Record<string, string>;
  /** Extra payload for success states, e.g. a token shown once. */
  data?: Record<string, string>;
};

export const idleState: ActionState = { status: "idle" };
