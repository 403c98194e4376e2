import { z } from "zod";

// Every query string the reader pages accept, validated in one place. Bad values are not
// errors: they fall back to the default, so no input can turn into a 500.

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;
/** Deeper pages are answered with an empty page rather than a long offset scan. */
export const MAX_PAGE = 250;
export const MAX_QUERY_LENGTH = 200;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const page = z.preprocess(
  single,
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .catch(1),
);

const slug = z.preprocess(
  single,
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/)
    .optional()
    .catch(undefined),
);

const isoDay = z.preprocess(
  single,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    })
    .optional()
    .catch(undefined),
);

const country = z.preprocess(
  (value) => (typeof single(value) === "string" ? String(single(value)).toUpperCase() : undefined),
  z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
);

// Control characters (PostgreSQL refuses NUL) and our highlight markers are blanked out.
const CONTROL = /[\u0000-\u001f\u007f\uE000\uE001]/g;
const query = z.preprocess(
  single,
  z
    .string()
    .transform((q) => q.replace(CONTROL, " ").trim().slice(0, MAX_QUERY_LENGTH).trim())
    .catch(""),
);

const listSchema = z.object({ page });
const publishersSchema = z.object({ country });
const searchSchema = z.object({ q: query, publisher: slug, topic: slug, from: isoDay, to: isoDay, page });

export type SearchParams = z.infer<typeof searchSchema>;

export function parseListParams(raw: RawSearchParams): { page: number } {
  return listSchema.parse(raw);
}

export function parsePublishersParams(raw: RawSearchParams): { country?: string } {
  return publishersSchema.parse(raw);
}

/** The search's params; a reversed date range is read the way it was meant (and `rangeSwapped` says so, for the page to tell). */
export function parseSearchParams(raw: RawSearchParams): SearchParams & { rangeSwapped: boolean } {
  const parsed = searchSchema.parse(raw);
  if (parsed.from && parsed.to && parsed.from > parsed.to)
    return { ...parsed, from: parsed.to, to: parsed.from, rangeSwapped: true };
  return { ...parsed, rangeSwapped: false };
}

/** A slug from the path, or undefined when it cannot be one of ours (so the page 404s without a query). */
export function parseSlug(value: string): string | undefined {
  return slug.parse(decodeURIComponentSafe(value));
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
