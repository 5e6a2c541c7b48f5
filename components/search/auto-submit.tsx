"use client";

import { useEffect } from "react";

/**
 * With JavaScript, a change to any checkbox in the form submits it at once (text inputs on
 * Enter or blur) — without, the form's Apply button does the same.
 */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement;
      if (target.type === "checkbox" || target.type === "hidden") form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
