import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { insertMembership } from "@/lib/db/queries/memberships";
import { getDb } from "@/lib/db/client";
import { findUserByEmail, insertUser } from "@/lib/db/queries/users";
import type { Membership, User } from "@/lib/db/schema";

// Test data for accounts, written straight to the database (vitest, and /api/test/* for Playwright).

export const FACTORY_PASSWORD = "factory-password-42";

export interface CreateUserInput {
  email?: string;
  password?: string;
  name?: string;
  role?: User["role"];
  verified?: boolean;
}

export async function createUser(input: CreateUserInput = {}): Promise<{ user: User; password: string }> {
  const password = input.password ?? FACTORY_PASSWORD;
  const email = input.email ?? `reader-${randomBytes(5).toString("hex")}@example.test`;
  const user = await insertUser({
    email,
    passwordHash: await hashPassword(password),
    name: input.name ?? null,
    role: input.role ?? "reader",
    emailVerified: input.verified === false ? null : new Date(),
  });
  if (!user) throw new Error(`createUser: ${email} already exists`);
  return { user, password };
}

export interface GrantMembershipInput {
  status: string;
  plan?: "monthly" | "annual";
  trialEnd?: Date | null;
  currentPeriodEnd?: Date | null;
  cancelAtPeriodEnd?: boolean;
  pastDueSince?: Date | null;
}

const DAY_MS = 86_400_000;

export async function grantMembership(userId: string, input: GrantMembershipInput): Promise<Membership> {
  const now = Date.now();
  const defaultEnd = new Date(now + (input.status === "trialing" ? 14 : 30) * DAY_MS);
  const suffix = randomBytes(8).toString("hex");
  return insertMembership({
    userId,
    stripeCustomerId: `cus_test_${suffix}`,
    stripeSubscriptionId: `sub_test_${suffix}`,
    plan: input.plan ?? "monthly",
    status: input.status,
    trialEnd: input.trialEnd !== undefined ? input.trialEnd : input.status === "trialing" ? defaultEnd : null,
    currentPeriodEnd: input.currentPeriodEnd !== undefined ? input.currentPeriodEnd : defaultEnd,
    cancelAtPeriodEnd: input.cancelAtPeriodEnd ?? false,
    pastDueSince: input.pastDueSince ?? (input.status === "past_due" ? new Date(now) : null),
  });
}

/** Opens (migrates, seeds) the app's database: the e2e hooks' first call proves it answers. */
export async function openTestDatabase(): Promise<void> {
  await getDb();
}

/** A user made through the real sign-up form, found by address. */
export async function findUser(email: string): Promise<User | null> {
  return findUserByEmail(email);
}
