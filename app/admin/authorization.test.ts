import { beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getAuditPage } from "@/lib/newsroom/audit";
import { adminActionCases, adminRouteCases, type ActionCase } from "./authorization-cases";

// The authorization matrix: every newsroom action called as a visitor, a reader, an editor and an admin.
// Identity is the one thing faked (the session cookie and Auth.js's decoded token); the role is read from the
// real database and the actions run for real, so an allowed call really changes something.

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (session.userId ? [{ name: "authjs.session-token", value: "test" }] : []),
    get: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("@/auth", () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), refresh: vi.fn(), revalidatePath: vi.fn() }));

setUpTestDatabase();

type Who = "visitor" | "reader" | "editor" | "admin";
type User = Awaited<ReturnType<typeof createUser>>["user"];
const people = {} as Record<Exclude<Who, "visitor">, User>;

beforeAll(async () => {
  people.reader = (await createUser({ role: "reader" })).user;
  people.editor = (await createUser({ role: "editor" })).user;
  people.admin = (await createUser({ role: "admin" })).user;
});

async function callAs(who: Who, action: ActionCase): Promise<"sign-in" | "not-found" | "ran"> {
  session.userId = who === "visitor" ? null : people[who].id;
  try {
    await action.call(await action.form());
    return "ran";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/sign-in")) return "sign-in";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not-found";
    throw error;
  }
}

const latestAuditId = async () => (await getAuditPage({})).entries[0]?.id ?? 0;

describe.each(adminActionCases)("$name (for $access)", (action) => {
  it.each<[Who, "sign-in" | "not-found" | "ran"]>([
    ["visitor", "sign-in"],
    ["reader", "not-found"],
    ["editor", action.access === "editor" ? "ran" : "not-found"],
    ["admin", "ran"],
  ])("as %s: %s", async (who, expected) => {
    const before = await latestAuditId();
    expect(await callAs(who, action)).toBe(expected);
    // A refused call changes nothing; an allowed one is recorded.
    const after = await latestAuditId();
    if (expected === "ran" && action.audited) expect(after).toBeGreaterThan(before);
    else expect(after).toBe(before);
  });
});

// Route handlers answer with a status instead of throwing: sign-in for visitors, 404 below the role, 200 above.
describe.each(adminRouteCases)("route: $name (for $access)", (route) => {
  it.each<[Who, number]>([
    ["visitor", 307],
    ["reader", 404],
    ["editor", route.access === "editor" ? 200 : 404],
    ["admin", 200],
  ])("as %s: %i", async (who, status) => {
    session.userId = who === "visitor" ? null : people[who].id;
    const response = await route.call();
    expect(response.status).toBe(status);
    if (status === 307) expect(response.headers.get("location")).toMatch(/^\/sign-in\?callbackUrl=/);
  });
});
