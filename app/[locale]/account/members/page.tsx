import type { Metadata } from "next";
import { AddMemberForm } from "@/components/account/add-member-form";
import { MemberActiveButton } from "@/components/account/member-active-button";
import { requirePageActor } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { rolesByOrganizationType } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { getT, resolveLocale } from "@/lib/i18n/server";
import { listMembers } from "@/lib/organizations/list-members";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "account")("tabs.members") };
}

export default async function MembersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePageActor(locale, `/${locale}/account/members`);
  const t = getT(locale, "account");
  const common = getT(locale);
  const members = await listMembers(db(), actor);
  const manage = can(actor, "members:manage", { organizationId: actor.organization.id });
  return (
    <div className="space-y-6">
      <section className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white" aria-labelledby="members-heading">
        <h2 id="members-heading" className="px-5 pt-5 text-lg font-semibold">
          {t("members.title", { organization: actor.organization.name })}
        </h2>
        <table className="mt-3 w-full min-w-[36rem] text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-5 py-2 font-medium">{t("members.name")}</th>
              <th scope="col" className="px-5 py-2 font-medium">{t("members.role")}</th>
              <th scope="col" className="px-5 py-2 font-medium">{t("members.joined")}</th>
              <th scope="col" className="px-5 py-2 font-medium">{t("members.status")}</th>
              {manage ? <th scope="col" className="px-5 py-2"><span className="sr-only">{t("members.actions")}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-slate-100 last:border-0">
                <td className="px-5 py-3">
                  <span className="block font-medium">{member.name}</span>
                  <span className="block text-slate-600">{member.email}</span>
                </td>
                <td className="px-5 py-3">{member.roles.map((role) => common(`role.${role}`)).join(", ")}</td>
                <td className="px-5 py-3">{formatDate(locale, member.joinedAt)}</td>
                <td className="px-5 py-3">{member.disabledAt ? t("members.inactive") : t("members.active")}</td>
                {manage ? (
                  <td className="px-5 py-3 text-right">
                    {member.id === actor.userId ? null : <MemberActiveButton locale={locale} userId={member.id} active={!member.disabledAt} memberName={member.name} />}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {manage ? (
        <section className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6" aria-labelledby="add-member-heading">
          <h2 id="add-member-heading" className="mb-4 text-lg font-semibold">{t("members.add_title")}</h2>
          <AddMemberForm locale={locale} roles={rolesByOrganizationType[actor.organization.type].map((role) => ({ value: role, label: common(`role.${role}`) }))} />
        </section>
      ) : (
        <p className="text-sm text-slate-700">{t("members.admin_only")}</p>
      )}
    </div>
  );
}
