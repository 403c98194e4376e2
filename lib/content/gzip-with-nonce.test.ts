import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateParts, gzipWithNonce } from "./gzip-with-nonce";

const utf8 = new TextEncoder();

describe("gzipWithNonce", () => {
  it("makes a gzip body that any inflater reads as the parts joined with the nonce", async () => {
    const html = `<html><script nonce="PH">a()</script>${"<p>story ".repeat(5_000)}<script nonce="PH"></script></html>`;
    const parts = html.split("PH").map((part) => utf8.encode(part));
    const deflated = await deflateParts(parts);
    for (const nonce of ["n0nce", "0wjAiVcKVPkyWtplyyjVYA==", ""]) {
      const body = gzipWithNonce(deflated, utf8.encode(nonce));
      expect(gunzipSync(body).toString()).toBe(html.replaceAll("PH", nonce));
    }
    expect(gzipWithNonce(deflated, utf8.encode("n")).length).toBeLessThan(html.length / 10);
  });

  it("holds for incompressible parts, empty parts and a page with no nonce at all", async () => {
    const noise = randomBytes(70_000).toString("base64");
    for (const parts of [["", noise, ""], [noise], ["", ""], ["a", "", "b"]]) {
      const deflated = await deflateParts(parts.map((part) => utf8.encode(part)));
      expect(gunzipSync(gzipWithNonce(deflated, utf8.encode("xyz"))).toString()).toBe(parts.join("xyz"));
    }
  });
});
