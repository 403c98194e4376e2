import { createRequire } from "node:module";
import { Auth } from "@auth/core";
import { encode } from "@auth/core/jwt";
import { describe, expect, it, vi } from "vitest";
import { insertMembership } from "@/lib/db/queries/memberships";
import { bumpSessionVersion, deleteUser } from "@/lib/db/queries/users";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { buildAuthConfig } from "./config";
import { getReadAccess } from "./read-access";
import { getAuthSecret } from "./secret";
import { getCurrentUser, requireUser } from "./session";

// One signed-in request, as a page runs it: Auth.js's JWT callback (session-version check), getCurrentUser
// (header, page) and getReadAccess (paywall). The user row and the membership must each be read once,
// and the next request must read them again.

const request = vi.hoisted(() => ({ cookie: "" }));

// React's server build: its cache() memoises only while a request's dispatcher is installed, as in Next.js.
vi.mock("react", () => createRequire(import.meta.url)("../../node_modules/react/react.react-server.js"));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () =>
      request.cookie ? [{ name: request.cookie.split("=")[0], value: request.cookie.split("=")[1] }] : [],
  }),
}));
// next-auth's Next.js bindings do not load outside Next. Its auth() asks Auth.js core's session endpoint
// with our configuration and the request's cookie; this does the same.
vi.mock("@/auth", () => ({
  auth: async () => {
    const config = await buildAuthConfig();
    const url = "http://localhost:3000/api/auth/session";
    const response = await Auth(new Request(url, { headers: { cookie: request.cookie } }), {
      ...config,
      basePath: "/api/auth",
    });
    return response.ok ? ((await response.json()) as { user?: { id?: string } } | null) : null;
  },
}));
vi.mock("./providers", () => ({ buildProviders: () => [] })); // sign-in providers play no part in reading a session

const getDb = setUpTestDatabase();

type Dispatcher = {
  getCacheForType: (create: () => unknown) => unknown;
  getOwner: () => null;
  cacheSignal: () => null;
};

/** Runs `work` as one server request: a fresh React cache scope, like the one Next.js gives each request. */
async function inRequest<T>(work: () => Promise<T>): Promise<T> {
  const react = (await import("react")) as unknown as {
    __SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE: { A: Dispatcher | null };
  };
  const internals = react.__SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
  const caches = new Map<() => unknown, unknown>();
  internals.A = {
    getCacheForType: (create) => {
      if (!caches.has(create)) caches.set(create, create());
      return caches.get(create);
    },
    getOwner: () => null,
    cacheSignal: () => null,
  };
  try {
    return await work();
  } finally {
    internals.A = null;
  }
}

/** Every SQL statement sent from now on (postgres.js sends through `unsafe`, PGlite through `query`). */
function recordQueries(): { count: (table: string) => number; stop: () => void } {
  const client = (getDb() as unknown as { $client: Record<string, (...args: unknown[]) => unknown> }).$client;
  const spy = vi.spyOn(client, "unsafe" in client ? "unsafe" : "query");
  return {
    count: (table) => spy.mock.calls.filter(([text]) => String(text).includes(`from "${table}"`)).length,
    stop: () => spy.mockRestore(),
  };
}

async function signIn(id: string, sessionVersion = 0): Promise<void> {
  const salt = "authjs.session-token";
  request.cookie = `${salt}=${await encode({ token: { sub: id, sessionVersion }, secret: getAuthSecret(), salt })}`;
}

/** What a member's article page asks for: the header's user, the page's user, the paywall decision. */
function renderSignedInPage() {
  return inRequest(() => Promise.all([getCurrentUser(), requireUser("/"), getReadAccess()]));
}

describe("one signed-in request", () => {
  it("reads the user row once (JWT check and getCurrentUser together) and the membership once", async () => {
    const { user } = await createUser({ email: "once@example.test" });
    await insertMembership({
      userId: user.id,
      stripeCustomerId: "cus_once",
      stripeSubscriptionId: "sub_once",
      plan: "monthly",
      status: "active",
      currentPeriodEnd: new Date(Date.now() + 20 * 86_400_000),
    });
    await signIn(user.id);
    const queries = recordQueries();
    try {
      const [header, page, access] = await renderSignedInPage();
      expect(header?.id).toBe(user.id);
      expect(page.id).toBe(user.id);
      expect(access.decision).toMatchObject({ allowed: true, reason: "active" });
      expect(queries.count("users")).toBe(1);
      expect(queries.count("memberships")).toBe(1);

      await renderSignedInPage(); // the next request reads afresh
      expect(queries.count("users")).toBe(2);
      expect(queries.count("memberships")).toBe(2);
    } finally {
      queries.stop();
    }
  });

  it("still checks the session version on every request: sign-out-everywhere and deletion end the session", async () => {
    const { user } = await createUser({ email: "everywhere@example.test" });
    await signIn(user.id);
    expect((await inRequest(() => getCurrentUser()))?.id).toBe(user.id);
    expect(await bumpSessionVersion(user.id)).toBe(1);
    expect(await inRequest(() => getCurrentUser())).toBeNull();
    expect((await inRequest(() => getReadAccess())).decision.reason).toBe("anonymous");

    await signIn(user.id, 1); // signed in again after the bump
    expect((await inRequest(() => getCurrentUser()))?.id).toBe(user.id);
    await deleteUser(user.id);
    expect(await inRequest(() => getCurrentUser())).toBeNull();
  });

  it("reads nothing for a visitor without a session cookie", async () => {
    request.cookie = "";
    const queries = recordQueries();
    try {
      const [header, access] = await inRequest(() => Promise.all([getCurrentUser(), getReadAccess()]));
      expect(header).toBeNull();
      expect(access.decision.reason).toBe("anonymous");
      expect(queries.count("users") + queries.count("memberships")).toBe(0);
    } finally {
      queries.stop();
    }
  });
});
