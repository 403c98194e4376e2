import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { auditEntityTypes, getAuditPage } from "@/lib/newsroom/audit";
import { buttonClass } from "../_components/field-classes";
import { Field, SelectField } from "../_components/field";
import { AuditTable } from "./audit-table";
import { parseAuditFilters } from "./audit-filters";

export const metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("editor", "/admin/audit");
  const { form, query } = parseAuditFilters(await searchParams);
  const { entries, olderThan } = await getAuditPage(query);
  const olderHref = olderThan
    ? `/admin/audit?${new URLSearchParams({ ...form, before: String(olderThan) })}`
    : null;
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Audit log</h1>
      <form
        method="get"
        aria-label="Filter the audit log"
        className="mb-6 grid gap-3 sm:grid-cols-5 sm:items-end"
      >
        <SelectField
          id="audit-type"
          name="type"
          label="What"
          anyLabel="Everything"
          defaultValue={form.type}
          options={Object.entries(auditEntityTypes).map(([value, label]) => ({ value, label }))}
        />
        <Field id="audit-entity" label="Id">
          {(control) => <input name="entity" defaultValue={form.entity} {...control} />}
        </Field>
        <Field id="audit-actor" label="Who (email)">
          {(control) => <input name="actor" defaultValue={form.actor} {...control} />}
        </Field>
        <Field id="audit-since" label="Since">
          {(control) => <input name="since" type="date" defaultValue={form.since} {...control} />}
        </Field>
        <button type="submit" className={buttonClass}>
          Filter
        </button>
      </form>
      <AuditTable entries={entries} />
      {olderHref && (
        <p className="mt-4">
          <Link href={olderHref} className="link-brand">
            Older entries
          </Link>
        </p>
      )}
    </>
  );
}
