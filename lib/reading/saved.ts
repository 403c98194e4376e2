import "server-only";
import {
  deleteSavedArticle,
  insertSavedArticle,
  listSavedCards,
  listSavedIds,
  type SavedCard,
} from "@/lib/db/queries/saved";

// "Save for later": any signed-in reader, member or not (without a membership the saved story opens on its teaser).

/** How many saved ids a page's save buttons are told about; older saves still show on /saved. */
export const SAVED_IDS_ON_A_PAGE = 1000;

export type { SavedCard };

/** Saves or unsaves one story for the reader; false when the story does not exist (or is not published). */
export async function setSaved(userId: string, articleId: number, saved: boolean): Promise<boolean> {
  if (!saved) {
    await deleteSavedArticle(userId, articleId);
    return true;
  }
  return insertSavedArticle(userId, articleId);
}

export function getSavedIds(userId: string): Promise<number[]> {
  return listSavedIds(userId, SAVED_IDS_ON_A_PAGE);
}

export function getSavedStories(userId: string): Promise<SavedCard[]> {
  return listSavedCards(userId, 200);
}
