import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { announceDemo, seedOnStart } from "./seed-on-start";

const getDb = setUpTestDatabase();

describe("the first start", () => {
  it(
    "says what it is doing while it seeds, then names the demo accounts and the outbox",
    { timeout: 180_000 },
    async () => {
      const lines: string[] = [];
      const log = (line: string) => lines.push(line);
      await seedOnStart(getDb(), log, true);
      await announceDemo(log, { demoAccounts: true, outbox: true, appUrl: "http://localhost:4123" });
      expect(lines[0]).toMatch(/^First start: adding sample content \(3,000 articles\)/);
      expect(lines).toContain("  sample articles 3,000/3,000");
      expect(lines.filter((l) => l.startsWith("  sample articles")).length).toBeGreaterThanOrEqual(3);
      expect(lines.some((l) => /^Sample content ready in \d+\.\d s\.$/.test(l))).toBe(true);
      const demo = lines.find((l) => l.startsWith("Demo accounts"));
      for (const email of ["reader@", "trial@", "member@", "editor@"]) expect(demo).toContain(email);
      expect(demo).toContain('"newsstand-demo"');
      expect(lines.at(-1)).toContain("http://localhost:4123/dev/outbox");

      // A second start has nothing to seed and says nothing about seeding.
      const again: string[] = [];
      await seedOnStart(getDb(), (line) => again.push(line), true);
      expect(again).toEqual([]);
    },
  );
});
