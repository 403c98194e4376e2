import { requireRole } from "@/lib/auth/session";
import { listStaff } from "@/lib/newsroom/people";
import { GrantRoleForm, RoleButtons } from "./people-forms";

export const metadata = { title: "People" };

export default async function PeoplePage() {
  const me = await requireRole("admin", "/admin/people");
  const staff = await listStaff();
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">People</h1>
      <section aria-labelledby="grant-heading" className="mb-8 max-w-lg">
        <h2 id="grant-heading" className="mb-2 text-xl font-semibold">
          Grant a role
        </h2>
        <GrantRoleForm />
      </section>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="mb-2 text-xl font-semibold">
          Editors and admins
        </h2>
        <ul aria-label="Editors and admins" className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {staff.map((person) => (
            <li
              key={person.id}
              aria-label={person.email}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
            >
              <span>
                <span className="font-medium">{person.email}</span>
                {person.id === me.id && " (you)"} · {person.role}
              </span>
              <RoleButtons person={person} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
