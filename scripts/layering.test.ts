import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layering rules (eslint.layering.mjs) through ESLint's own API with the project's real config: each
// forbidden import below must fail the lint at a path in its zone, and the allowed ones must pass.

const root = path.resolve(import.meta.dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages for `source` linted as if it were the file at `file`. */
async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const forbidden: Array<[string, string, string, RegExp]> = [
  ["app/ → lib/db", "app/(reader)/page.tsx", 'import { getDb } from "@/lib/db/client";', /never lib\/db/],
  [
    "app/ → lib/db schema",
    "app/_components/card.tsx",
    'import type { User } from "@/lib/db/schema";',
    /never lib\/db/,
  ],
  [
    "app/ → lib/db (relative)",
    "app/api/health/route.ts",
    'import { getDb } from "../../../lib/db/client";',
    /never lib\/db/,
  ],
  [
    "lib/ → app/",
    "lib/content/articles.ts",
    'import { Card } from "@/app/_components/card";',
    /never imports app/,
  ],
  [
    "lib/ → app/ (relative)",
    "lib/content/articles.ts",
    'import { Card } from "../../app/_components/card";',
    /never imports app/,
  ],
  [
    "stripe in lib/content",
    "lib/content/articles.ts",
    'import Stripe from "stripe";',
    /stripe is imported only/,
  ],
  [
    "stripe in app/",
    "app/(account)/subscribe/page.tsx",
    'import Stripe from "stripe";',
    /stripe is imported only/,
  ],
  [
    "stripe in lib/auth",
    "lib/auth/session.ts",
    'import type Stripe from "stripe";',
    /stripe is imported only/,
  ],
  [
    "drizzle in lib/billing",
    "lib/billing/webhook.ts",
    'import { eq } from "drizzle-orm";',
    /drizzle-orm is imported only/,
  ],
  [
    "drizzle in a lib/billing test",
    "lib/billing/webhook.test.ts",
    'import { eq } from "drizzle-orm";',
    /drizzle-orm is imported only/,
  ],
  [
    "drizzle subpath in lib/auth",
    "lib/auth/config.ts",
    'import { pgTable } from "drizzle-orm/pg-core";',
    /drizzle-orm is imported only/,
  ],
  [
    "postgres in lib/email",
    "lib/email/send.ts",
    'import postgres from "postgres";',
    /postgres is imported only/,
  ],
  [
    "pglite in app/",
    "app/api/test/[action]/route.ts",
    'import { PGlite } from "@electric-sql/pglite";',
    /pglite is imported only/,
  ],
  [
    "drizzle in e2e",
    "e2e/auth/account.spec.ts",
    'import { eq } from "drizzle-orm";',
    /drizzle-orm is imported only/,
  ],
  [
    "next-auth in app/",
    "app/(auth)/sign-in/page.tsx",
    'import { AuthError } from "next-auth";',
    /next-auth is imported only/,
  ],
  [
    "next-auth in lib/billing",
    "lib/billing/checkout.ts",
    'import NextAuth from "next-auth";',
    /next-auth is imported only/,
  ],
  [
    "next-auth subpath in lib/db",
    "lib/db/client.ts",
    'import type { Session } from "next-auth/types";',
    /next-auth is imported only/,
  ],
  [
    "emulator → app (alias)",
    "emulators/stripe/src/main.ts",
    'import { settings } from "@/lib/config/settings";',
    /imports nothing of the app/,
  ],
  [
    "emulator → app (relative)",
    "emulators/stripe/src/main.ts",
    'import { plans } from "../../../lib/billing/plans";',
    /imports nothing of the app/,
  ],
  [
    "(account) → (auth)",
    "app/(account)/account/page.tsx",
    'import { readLinkToken } from "@/app/(auth)/_lib/link-token";',
    /another group's files/,
  ],
  [
    "(account) → (auth), relative",
    "app/(account)/account/page.tsx",
    'import { AuthCard } from "../../(auth)/_components/auth-card";',
    /another group's files/,
  ],
  [
    "(reader) → (account)",
    "app/(reader)/page.tsx",
    'import { signOutHere } from "@/app/(account)/account/session-actions";',
    /another group's files/,
  ],
];

const allowed: Array<[string, string, string]> = [
  ["drizzle in lib/db", "lib/db/queries/users.ts", 'import { eq } from "drizzle-orm";'],
  ["drizzle in the seed", "drizzle/seed/index.ts", 'import { sql } from "drizzle-orm";'],
  ["drizzle in scripts (data tooling)", "scripts/seed.ts", 'import { sql } from "drizzle-orm";'],
  ["stripe in lib/billing", "lib/billing/checkout.ts", 'import type Stripe from "stripe";'],
  [
    "stripe in the emulator's tests",
    "emulators/stripe/test/fidelity.test.ts",
    'import Stripe from "stripe";',
  ],
  ["next-auth in lib/auth", "lib/auth/config.ts", 'import type { NextAuthConfig } from "next-auth";'],
  ["next-auth in auth.ts", "auth.ts", 'import NextAuth from "next-auth";'],
  [
    "lib/ through a domain function",
    "app/(reader)/page.tsx",
    'import { getTopics } from "@/lib/content/publishers-and-topics";',
  ],
  [
    "a route group's own files",
    "app/(auth)/sign-in/page.tsx",
    'import { AuthCard } from "../_components/auth-card";',
  ],
  [
    "shared components",
    "app/(account)/account/page.tsx",
    'import { FormMessage } from "@/app/_components/form-parts";',
  ],
  ["lib/ → lib/db", "lib/content/articles.ts", 'import { getDb } from "@/lib/db/client";'],
  ["the emulator's own files", "emulators/stripe/src/main.ts", 'import { startServer } from "./server";'],
];

describe("layering lint", () => {
  it.each(forbidden)("refuses %s", async (_name, file, source, message) => {
    const messages = await restrictedImports(file, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each(allowed)("allows %s", async (_name, file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });
});
