"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * How many times the form's action has succeeded. Used as a `key` to start parts of a form
 * afresh after a successful send (the uploaded files, claimed by then) while a failed send
 * keeps everything; `onSuccess` may clear this component's own state (a sent message). State is
 * adjusted during render, React's pattern for reacting to a change.
 */
export function useSuccessCount(state: ActionState, onSuccess?: () => void): number {
  const [seen, setSeen] = useState(state);
  const [count, setCount] = useState(0);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") {
      setCount((n) => n + 1);
      onSuccess?.();
    }
  }
  return count;
}
