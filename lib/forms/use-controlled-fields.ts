"use client";

import { useState } from "react";

/**
 * Controlled text fields for a form whose action may fail: React resets a form after its
 * action, and a failed save must keep what was typed. `bind("name")` gives value + onChange.
 */
export function useControlledFields<T extends Record<string, string>>(initial: T) {
  const [fields, setFields] = useState(initial);
  const bind = (name: keyof T & string) => ({
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })),
  });
  return { fields, bind, reset: () => setFields(initial) };
}
