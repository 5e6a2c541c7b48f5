/**
 * Renders an engine's highlighted title. Engines return HTML-escaped text with <mark> around
 * matches; anything else tag-like is stripped here as a second line of defence.
 */
export function HighlightedText({ html, className }: { html: string; className?: string }) {
  const safe = html.replace(/<(?!\/?mark>)[^>]*>/gi, "");
  return <span className={className} dangerouslySetInnerHTML={{ __html: safe }} />;
}
