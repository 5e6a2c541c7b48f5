import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client.ts";
import { flagListings, type PricedListing } from "@/lib/moderation/flag-listings";
import { flagRank, type ModerationFlag } from "@/lib/moderation/moderation-flags";
import { parseListingSnapshot, toListingSnapshot } from "./listing-snapshot";
import { listingDiff } from "./snapshot-diff";

const pageSize = 25;

/** oldest: first in, first reviewed. flagged_first: most serious warnings first, then oldest. */
export const reviewQueueViews = ["oldest", "flagged_first", "flagged_only"] as const;
export type ReviewQueueView = (typeof reviewQueueViews)[number];

export function isReviewQueueView(value: unknown): value is ReviewQueueView {
  return typeof value === "string" && (reviewQueueViews as readonly string[]).includes(value);
}

const pending = { status: "PENDING_REVIEW" as const };
const submissionOrder = [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }] satisfies Prisma.ListingOrderByWithRelationInput[];

const queueInclude = {
  priceTiers: { orderBy: { minQty: "asc" } },
  category: { select: { slug: true, names: true } },
  supplier: { select: { id: true, name: true, city: true, verificationStatus: true } },
  images: { orderBy: { position: "asc" }, select: { id: true, storageKey: true, width: true, height: true } },
  approvals: { orderBy: { approvedAt: "desc" }, take: 1, select: { snapshot: true, approvedAt: true } },
} satisfies Prisma.ListingInclude;

/** Only what the flags need, for ranking the whole queue. */
const flaggableSelect = {
  id: true,
  categoryId: true,
  currency: true,
  hsCode: true,
  title: true,
  description: true,
  certifications: true,
  priceTiers: { orderBy: { minQty: "asc" }, take: 1, select: { unitPriceMinor: true } },
} satisfies Prisma.ListingSelect;

const priced = (row: Omit<PricedListing, "firstPriceMinor"> & { priceTiers: { unitPriceMinor: bigint }[] }): PricedListing => ({ ...row, firstPriceMinor: row.priceTiers[0]?.unitPriceMinor ?? null });
const worstRank = (flags: ModerationFlag[] | undefined) => Math.min(99, ...(flags ?? []).map(flagRank));

/**
 * Listings waiting for a decision, with what a moderator needs to decide without opening
 * each one: automatic flags with their evidence, and what changed since the last approval.
 * The default order pages in SQL; the flagged views rank the whole queue by its flags
 * (computed from a lean read of every waiting listing) before paging.
 */
export async function listReviewQueue(client: Db, actor: Actor, options: { page?: number; view?: ReviewQueueView } = {}) {
  authorize(actor, "listings:review");
  const view = options.view ?? "oldest";
  const page = Math.max(1, Math.floor(options.page ?? 1));
  let total: number;
  let waiting: number;
  let flagged: number | null = null;
  let flags: Map<string, ModerationFlag[]>;
  let rows: Prisma.ListingGetPayload<{ include: typeof queueInclude }>[];

  if (view === "oldest") {
    [total, rows] = await Promise.all([
      client.listing.count({ where: pending }),
      client.listing.findMany({ where: pending, orderBy: submissionOrder, skip: (page - 1) * pageSize, take: pageSize, include: queueInclude }),
    ]);
    waiting = total;
    flags = await flagListings(client, rows.map(priced));
  } else {
    const all = await client.listing.findMany({ where: pending, orderBy: submissionOrder, select: flaggableSelect });
    flags = await flagListings(client, all.map(priced));
    const ranked = all.map((row, index) => ({ id: row.id, index, rank: worstRank(flags.get(row.id)) }));
    const flaggedOnes = ranked.filter((entry) => entry.rank < 99);
    const ordered = view === "flagged_only" ? flaggedOnes : ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
    total = ordered.length;
    waiting = all.length;
    flagged = flaggedOnes.length;
    const pageIds = ordered.slice((page - 1) * pageSize, page * pageSize).map((entry) => entry.id);
    const found = await client.listing.findMany({ where: { ...pending, id: { in: pageIds } }, include: queueInclude });
    // Decided since the ranking read: simply not shown.
    rows = pageIds.flatMap((id) => found.filter((row) => row.id === id));
  }

  const listings = rows.map(({ approvals, ...row }) => {
    const latest = approvals[0];
    const diff = listingDiff(toListingSnapshot(row), latest ? { snapshot: parseListingSnapshot(latest.snapshot), approvedAt: latest.approvedAt } : null, row.publishedAt !== null);
    return { ...row, flags: flags.get(row.id) ?? [], diff };
  });
  return { total, waiting, flagged, page, view, pages: Math.max(1, Math.ceil(total / pageSize)), listings, categoryNames: await previousCategoryNames(client, listings) };
}

/** Names of the categories listings were approved in, for "category: A → B" in the diff. */
async function previousCategoryNames(client: Db, listings: { diff: ReturnType<typeof listingDiff> }[]): Promise<Record<string, unknown>> {
  const slugs = listings.flatMap(({ diff }) => (diff.kind === "changed" ? diff.changes.flatMap((change) => (change.field === "category" ? [change.before] : [])) : []));
  if (!slugs.length) return {};
  const categories = await client.category.findMany({ where: { slug: { in: slugs } }, select: { slug: true, names: true } });
  return Object.fromEntries(categories.map((category) => [category.slug, category.names]));
}

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
export type ReviewQueueListing = ReviewQueue["listings"][number];
