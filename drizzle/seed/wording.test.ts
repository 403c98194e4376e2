import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildPublishers } from "./catalogue";
import { DEFAULT_SEED } from "./constants";

// What the site says about how many titles it has must be true of what it ships: 135 titles is "over a
// hundred", not "hundreds".

const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(tsx?|md)$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("the words about the catalogue's size", () => {
  it("match the sample catalogue", () => {
    const titles = buildPublishers(DEFAULT_SEED).length;
    expect(titles).toBeGreaterThan(100);
    expect(titles).toBeLessThan(200);
    const texts = [...filesUnder(path.join(root, "app")), path.join(root, "README.md")].map((file) => ({
      file: path.relative(root, file),
      text: readFileSync(file, "utf8"),
    }));
    const claims = texts.filter(({ text }) => /hundreds of (premium )?(titles|newspapers)/i.test(text));
    expect(claims.map((c) => c.file)).toEqual([]);
    expect(texts.some(({ text }) => /over a hundred (premium )?titles/i.test(text))).toBe(true);
  });
});
