import { getDb } from "../../db/client";
import { reads } from "../../db/schema";

// Test data for the personal features: reads straight into `reads` (the reading history For You learns from).

/** A read of `article` by `userId`, `hoursAgo` hours ago. */
export async function recordRead(
  userId: string,
  article: { id: number; publisherId: number },
  hoursAgo = 1,
): Promise<void> {
  const db = await getDb();
  await db.insert(reads).values({
    userId,
    articleId: article.id,
    publisherId: article.publisherId,
    seconds: 120,
    readAt: new Date(Date.now() - hoursAgo * 3_600_000),
  });
}
