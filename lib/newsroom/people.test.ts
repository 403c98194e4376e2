import { describe, expect, it, vi } from "vitest";
import { listAuditEntries } from "@/lib/db/queries/audit-log";
import { findUserById } from "@/lib/db/queries/users";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { EditorialInputError, NotAllowedError } from "./errors";
import { changeRole, listStaff } from "./people";

vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

setUpTestDatabase();

describe("roles", () => {
  it("an admin grants and revokes editor; each change is audited; the staff list follows", async () => {
    const { user: admin } = await createUser({ role: "admin" });
    const { user: person } = await createUser({ email: "new.editor@example.test" });
    await changeRole(admin, { email: "New.Editor@example.test" }, "editor");
    expect((await findUserById(person.id))?.role).toBe("editor");
    expect((await listStaff()).map((s) => s.email)).toContain(person.email);

    await changeRole(admin, { id: person.id }, "reader");
    expect((await findUserById(person.id))?.role).toBe("reader");
    const entries = await listAuditEntries({ entityType: "user", entityId: person.id, limit: 10 });
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ role: "editor" }, { role: "reader" }],
      [{ role: "reader" }, { role: "editor" }],
    ]);
    expect(entries[0]?.actorEmail).toBe(admin.email);
  });

  it("an editor cannot change roles", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const { user: reader } = await createUser();
    await expect(changeRole(editor, { id: reader.id }, "editor")).rejects.toBeInstanceOf(NotAllowedError);
    expect((await findUserById(reader.id))?.role).toBe("reader");
  });

  it("nobody can demote the last admin, not even two admins demoting each other at once", async () => {
    const admins = await listStaff().then((s) => s.filter((p) => p.role === "admin"));
    const { user: a } = await createUser({ role: "admin" });
    const { user: b } = await createUser({ role: "admin" });
    // Demote everyone else first, so a and b are the only admins.
    for (const other of admins) await changeRole(a, { id: other.id }, "editor");
    const results = await Promise.allSettled([
      changeRole(a, { id: b.id }, "editor"),
      changeRole(b, { id: a.id }, "editor"),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    // One demotion wins; the other is refused (last admin) or, having lost its role first, not allowed.
    expect(refused).toHaveLength(1);
    const remaining = (await listStaff()).filter((p) => p.role === "admin");
    expect(remaining).toHaveLength(1);
    const last = remaining[0]!;
    const lastUser = (await findUserById(last.id))!;
    await expect(changeRole(lastUser, { id: last.id }, "reader")).rejects.toThrow(/last admin/);
  });

  it("refuses an unknown email and a change to the same role, with words", async () => {
    const { user: admin } = await createUser({ role: "admin" });
    await expect(changeRole(admin, { email: "nobody@example.test" }, "editor")).rejects.toThrow(
      "No account uses nobody@example.test",
    );
    await expect(changeRole(admin, { id: admin.id }, "admin")).rejects.toBeInstanceOf(EditorialInputError);
  });
});
