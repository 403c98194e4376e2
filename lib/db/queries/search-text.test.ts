import { describe, expect, it } from "vitest";
import { isSearchTextError, MAX_SEARCH_TERMS, toSearchText } from "./search-text";

describe("toSearchText", () => {
  it("drops hyphens that negate nothing and keeps those that do", () => {
    expect(toSearchText("-".repeat(33))).toBe("");
    expect(toSearchText("- - - tram")).toBe("tram");
    expect(toSearchText("tram ---bus")).toBe("tram -bus");
    expect(toSearchText("well-being")).toBe("well-being");
    expect(toSearchText("tram-")).toBe("tram");
    expect(toSearchText(`council -"council meeting"`)).toBe(`council -"council meeting"`);
  });

  it("keeps at most MAX_SEARCH_TERMS words", () => {
    expect(toSearchText("word ".repeat(100)).split(" ")).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe("isSearchTextError", () => {
  it("recognises data exceptions and program limits, wrapped or not", () => {
    expect(isSearchTextError(Object.assign(new Error("tsquery stack too small"), { code: "54000" }))).toBe(
      true,
    );
    expect(isSearchTextError(new Error("wrapped", { cause: { code: "22023" } }))).toBe(true);
    expect(isSearchTextError(Object.assign(new Error("connection"), { code: "08006" }))).toBe(false);
    expect(isSearchTextError(new Error("plain"))).toBe(false);
  });
});
