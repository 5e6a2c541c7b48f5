/**
 * Preformatted code that scrolls sideways inside itself, never the page. Focusable, so a
 * keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function CodeBlock({ code, language }: { code: string; language?: string }) {
  return (
    <pre tabIndex={0} className="max-w-full overflow-x-auto rounded-lg bg-slate-900 p-4 text-[0.8125rem] leading-relaxed text-slate-100" data-language={language}>
      <code>{code}</code>
    </pre>
  );
}
