import { getDb } from "../../db/client";
import { reads, type ReadAudience } from "../../db/schema";

// Test data for the business figures: reading-time rows as lib/reading records them (one per reader, story,
// UTC day and audience), at a chosen time.

export async function createReadRow(input: {
  article: { id: number; publisherId: number };
  readAt: Date;
  seconds: number;
  audience?: ReadAudience;
  userId?: string | null;
}): Promise<void> {
  const db = await getDb();
  await db.insert(reads).values({
    articleId: input.article.id,
    publisherId: input.article.publisherId,
    userId: input.userId ?? null,
    seconds: input.seconds,
    audience: input.audience ?? "member",
    readAt: input.readAt,
    readDay: input.readAt.toISOString().slice(0, 10),
  });
}
