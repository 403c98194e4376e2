import type { AuditEntry } from "@/lib/newsroom/audit";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <details>
      <summary className="cursor-pointer">{label}</summary>
      <pre className="mt-1 max-w-md overflow-x-auto text-xs whitespace-pre-wrap">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

/** Audit entries newest first; before/after open on demand. Also used for an article's edit history. */
export function AuditTable({
  entries,
  caption = "Changes, newest first",
}: {
  entries: AuditEntry[];
  caption?: string;
}) {
  if (entries.length === 0) return <p>No changes match.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th scope="col" className="py-2 pr-3">
              When (UTC)
            </th>
            <th scope="col" className="py-2 pr-3">
              Who
            </th>
            <th scope="col" className="py-2 pr-3">
              What
            </th>
            <th scope="col" className="py-2">
              Before → after
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
              <td className="py-2 pr-3 whitespace-nowrap">{when.format(entry.createdAt)}</td>
              <td className="py-2 pr-3">{entry.actorEmail}</td>
              <td className="py-2 pr-3">
                <span className="font-medium">{entry.summary}</span>
                <br />
                <code className="text-xs">{entry.action}</code> · {entry.entityType} {entry.entityId}
              </td>
              <td className="py-2">
                <Json label="Before" value={entry.before} />
                <Json label="After" value={entry.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
