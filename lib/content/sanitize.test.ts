import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "./sanitize";

describe("sanitizeArticleHtml", () => {
  it("keeps the article's structure", () => {
    const html =
      "<h2>Why</h2><p>The <strong>council</strong> said <em>no</em>.</p><blockquote>Quote</blockquote><ul><li>One</li></ul>";
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("drops scripts, styles, frames and event handlers", () => {
    const out = sanitizeArticleHtml(
      `<p onclick="steal()">Hi<script nonce="x">alert(1)</script></p><style>p{}</style><iframe src="https://x.test"></iframe><img src=x onerror=alert(1)>`,
    );
    expect(out).toBe("<p>Hi</p>");
  });

  it("keeps safe links, marks them noopener, and removes javascript: URLs", () => {
    expect(sanitizeArticleHtml('<a href="https://example.org/report">report</a>')).toBe(
      '<a href="https://example.org/report" rel="noopener noreferrer nofollow">report</a>',
    );
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeArticleHtml('<a href="//evil.test">x</a>')).toBe(
      '<a rel="noopener noreferrer nofollow">x</a>',
    );
  });
});
