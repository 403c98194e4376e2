import { z } from "zod";

type Raw = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;
const slug = z
  .string()
  .regex(/^[a-z0-9-]{1,100}$/)
  .optional()
  .catch(undefined);
const day = z.iso.date().optional().catch(undefined);

/** The article finder's filters from the query string; a malformed one is dropped, never an error page. */
export function parseFinderParams(raw: Raw) {
  const form = z
    .object({
      q: z.string().trim().max(200).optional().catch(undefined),
      title: slug,
      topic: slug,
      from: day,
      until: day,
    })
    .parse({
      q: first(raw.q),
      title: first(raw.title),
      topic: first(raw.topic),
      from: first(raw.from),
      until: first(raw.until),
    });
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);
  return {
    form,
    searched: Object.values(form).some((v) => v !== undefined),
    query: {
      words: form.q,
      publisherSlug: form.title,
      topicSlug: form.topic,
      from: form.from ? new Date(`${form.from}T00:00:00Z`) : undefined,
      until: form.until ? nextDay(form.until) : undefined,
      limit: 50,
    },
  };
}
