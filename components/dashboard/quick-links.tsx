import Link from "next/link";

export function QuickLinks({ title, links }: { title: string; links: { href: string; label: string; text: string }[] }) {
  return (
    <section aria-label={title} className="grid gap-4 sm:grid-cols-2">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="block rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-600">
          <span className="block font-semibold text-brand-800">{link.label}</span>
          <span className="mt-1 block text-sm text-slate-700">{link.text}</span>
        </Link>
      ))}
    </section>
  );
}
