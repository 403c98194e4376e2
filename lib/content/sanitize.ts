import sanitizeHtml from "sanitize-html";

// Article bodies arrive as HTML from publishers' feeds and editors' tools; only this allowlist is ever
// stored. No scripts, styles, event handlers, iframes or javascript: URLs: a body rendered with
// dangerouslySetInnerHTML must not be able to run anything or borrow the page's CSP nonce.

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "br",
    "figure",
    "figcaption",
    "hr",
    "sup",
    "sub",
  ],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowProtocolRelative: false,
  // Links out of an article tell the target nothing about the reader.
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
