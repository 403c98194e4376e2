import type { ArticleCard } from "./articles";

/**
 * GET /api/search's answer (search-answer.ts): what the search page needs to draw a search's results, the same for
 * every reader. Teasers only: a card's facts and its headline and standfirst with the search's words marked
 * (search-marks.ts), never a body. Dates are ISO strings (JSON).
 */
export interface SearchAnswer {
  /** The search as understood: validated, a reversed range put the right way round. */
  search: { q: string; publisher?: string; topic?: string; from?: string; to?: string; page: number };
  rangeSwapped: boolean;
  /** No words and no filter: nothing was searched. */
  blank: boolean;
  /** Titles whose name the words spell. */
  titles: { slug: string; name: string }[];
  tooBroad: boolean;
  total: number;
  totalIsLowerBound: boolean;
  hasNext: boolean;
  items: (Omit<ArticleCard, "publishedAt"> & {
    publishedAt: string;
    headlineMarked: string;
    standfirstMarked: string;
  })[];
}
