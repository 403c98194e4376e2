import "server-only";
import { z } from "zod";

// The test hooks' dispatch table: each action validates its JSON body and calls a factory in
// lib/testing/factories. Add an entry when a factory lands; the browser fixtures call them by name.

interface TestAction<S extends z.ZodType> {
  input: S;
  run: (input: z.infer<S>) => Promise<unknown>;
}

function defineAction<S extends z.ZodType>(input: S, run: (input: z.infer<S>) => Promise<unknown>): TestAction<S> {
  return { input, run };
}

export const testActions: Record<string, TestAction<z.ZodType>> = {
  // Proves the hooks are on and the database answers (used by the fixtures before anything else).
  ping: defineAction(z.object({}).strict(), async () => {
    const { getDb } = await import("@/lib/db/client");
    await getDb();
    return { ok: true };
  }),
};
