// The lead slots' fixed words and sizes, apart from the layout's schema (./front-page-layout.ts) so the
// newsroom's editor can use them in the browser without bundling zod (whose eval probe the CSP reports).

/** The "Lead stories" block: a lead and four headlines, as the home page's top block has always shown. */
export const LEAD_SLOTS = 5;

export const autoSources = ["most-read", "newest"] as const;
export type AutoSource = (typeof autoSources)[number];

export const autoSourceNames: Record<AutoSource, string> = { "most-read": "most read", newest: "newest" };
