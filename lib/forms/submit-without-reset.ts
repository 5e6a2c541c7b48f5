"use client";

import { startTransition, type FormEvent } from "react";

/**
 * An `onSubmit` for forms whose action may fail validation. React resets a form after its
 * `action` runs, and the reset puts selects and checkboxes back to their initial state even
 * when they are controlled — a failed save would silently undo the user's choices. Submitting
 * through this handler dispatches the same action without the reset. The form keeps its
 * `action` too, so it still posts without JavaScript.
 */
export function submitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
}
