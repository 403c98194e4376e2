import { getReadAccess } from "@/lib/auth/read-access";
import { getPublisherCount } from "@/lib/content/publishers-and-topics";
import { HomeHero } from "./home-hero";

/**
 * The one part of the home page that depends on who is asking: the membership offer for readers who
 * cannot read everything, nothing for members (and staff), whose news comes first. Kept apart so the rest
 * of the page can be cached and shared.
 */
export async function HomeOffer() {
  const { decision, user } = await getReadAccess();
  if (decision.allowed) return null;
  return <HomeHero titleCount={await getPublisherCount()} trialUsed={user?.trialStartedAt != null} />;
}
