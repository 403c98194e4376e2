import { z } from "zod";
import { auditEntityTypes } from "@/lib/newsroom/audit";

type Raw = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

const filterSchema = z.object({
  type: z
    .enum(Object.keys(auditEntityTypes) as [keyof typeof auditEntityTypes])
    .optional()
    .catch(undefined),
  entity: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  since: z.iso.date().optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The audit page's filters from its query string; anything malformed is ignored rather than an error page. */
export function parseAuditFilters(raw: Raw) {
  const parsed = filterSchema.parse({
    type: first(raw.type) || undefined,
    entity: first(raw.entity) || undefined,
    actor: first(raw.actor) || undefined,
    since: first(raw.since) || undefined,
    before: first(raw.before) || undefined,
  });
  return {
    form: {
      type: parsed.type ?? "",
      entity: parsed.entity ?? "",
      actor: parsed.actor ?? "",
      since: parsed.since ?? "",
    },
    query: {
      entityType: parsed.type,
      entityId: parsed.entity,
      actor: parsed.actor,
      since: parsed.since ? new Date(`${parsed.since}T00:00:00Z`) : undefined,
      beforeId: parsed.before,
    },
  };
}
