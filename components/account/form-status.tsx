import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/forms/action-state";

/** The outcome line of an account form: success or the form-level error. */
export function FormStatus({ state }: { state: ActionState }) {
  if (state.status === "success" && state.message) return <Alert kind="success">{state.message}</Alert>;
  if (state.status === "error" && state.message) return <Alert kind="error">{state.message}</Alert>;
  return null;
}
