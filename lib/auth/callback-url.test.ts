import { describe, expect, it } from "vitest";
import { pathAfterSignOut, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/articles/some-story", "/articles/some-story"],
    ["/search?q=climate#results", "/search?q=climate#results"],
    ["/a/../account", "/account"],
  ])("keeps the site path %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/",
    "http://localhost:3000/account",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/%0a/evil",
    "",
    "x".repeat(1001),
  ])("refuses %s", (input) => {
    const result = safeCallbackPath(input, "/fallback");
    // Either the fallback, or a path that cannot leave the site.
    expect(result === "/fallback" || (result.startsWith("/") && !result.startsWith("//"))).toBe(true);
    expect(result).not.toContain("evil.example");
  });

  it("falls back for non-strings", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/a"])).toBe("/");
  });
});

describe("pathAfterSignOut", () => {
  it.each([
    ["/articles/some-story", "/articles/some-story"],
    ["/search?q=tram", "/search?q=tram"],
    ["/account", "/"],
    ["/account/membership", "/"],
    ["/admin/picks", "/"],
    ["/checkout/success?session_id=cs_1", "/"],
    ["//evil.example", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(pathAfterSignOut(input)).toBe(expected);
  });
});
