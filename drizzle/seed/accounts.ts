import { inArray } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../lib/db/open";
import { memberships, users } from "../../lib/db/schema";

// Demo accounts for the embedded database only: they share a published password.

export const DEMO_PASSWORD = "newsstand-demo";
const DAY_MS = 86_400_000;

interface DemoAccount {
  name: string;
  email: string;
  role: "reader" | "editor" | "admin";
  membership?: { plan: "monthly" | "annual"; status: "trialing" | "active"; days: number };
}

export const demoAccounts: readonly DemoAccount[] = [
  { name: "reader", email: "reader@newsstand.test", role: "reader" },
  {
    name: "trial",
    email: "trial@newsstand.test",
    role: "reader",
    membership: { plan: "monthly", status: "trialing", days: 5 },
  },
  {
    name: "member",
    email: "member@newsstand.test",
    role: "reader",
    membership: { plan: "annual", status: "active", days: 200 },
  },
  {
    name: "editor",
    email: "editor@newsstand.test",
    role: "editor",
    membership: { plan: "monthly", status: "active", days: 20 },
  },
  {
    name: "admin",
    email: "admin@newsstand.test",
    role: "admin",
    membership: { plan: "annual", status: "active", days: 300 },
  },
];

/** Inserts the demo users (and their memberships) that do not exist yet. */
export async function seedDemoAccounts(db: Database, now = Date.now()): Promise<void> {
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demoAccounts.map((a) => a.email),
      ),
    );
  const have = new Set(existing.map((u) => u.email));
  const missing = demoAccounts.filter((a) => !have.has(a.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of missing) {
    const customerId = account.membership ? `cus_demo_${account.name}` : null;
    const trialing = account.membership?.status === "trialing";
    const [user] = await db
      .insert(users)
      .values({
        name: `Demo ${account.name}`,
        email: account.email,
        emailVerified: new Date(now),
        passwordHash,
        role: account.role,
        stripeCustomerId: customerId,
        trialStartedAt: trialing ? new Date(now - 9 * DAY_MS) : null,
      })
      .returning({ id: users.id });
    if (!user || !account.membership || !customerId) continue;
    const end = new Date(now + account.membership.days * DAY_MS);
    await db.insert(memberships).values({
      userId: user.id,
      stripeCustomerId: customerId,
      stripeSubscriptionId: `sub_demo_${account.name}`,
      plan: account.membership.plan,
      status: account.membership.status,
      trialEnd: trialing ? end : null,
      currentPeriodEnd: end,
    });
  }
}
