import Link from "next/link";
import { buttonClass } from "./button-styles";

type Props = {
  /** Accessible name of the navigation ("Pages"). */
  label: string;
  previous: { label: string; href: string | null };
  next: { label: string; href: string | null };
  /** "Page 2 of 7", already formatted for the locale. */
  status?: string;
};

/** Previous / next links under a paged list; nothing when there is only one page. */
export function Pager({ label, previous, next, status }: Props) {
  if (!previous.href && !next.href) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {previous.href ? (
        <Link href={previous.href} className={buttonClass.link}>
          {previous.label}
        </Link>
      ) : null}
      {status ? <span>{status}</span> : null}
      {next.href ? (
        <Link href={next.href} className={buttonClass.link}>
          {next.label}
        </Link>
      ) : null}
    </nav>
  );
}
