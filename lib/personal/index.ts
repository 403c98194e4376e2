// A reader's own newsstand: follows, mutes and For You. Tables: lib/db/schema-personal.ts (reader_follows,
// reader_profiles; both cascade with the user). Everything here is per reader and per request: never put its
// results in a shared ("use cache") entry — fetch the shared list, then apply these.
//
// - getReaderFollows(userId) → { follows, mutes }: FollowTarget[] ({ kind, id, slug, name, since }), plain
//   JSON-able data (the data export and the briefing mail use it as is). Cached for one request only.
// - loadMuteFilter(userId, lists) → MuteFilter: `.apply(list)` gives { items, hidden: { items, because } | null }
//   for the "1 story hidden because you muted X · show" notice (describeHidden gives its words); hideMuted(userId,
//   { a, b }) applies it to several lists at once, hideMutedOnPage to one page of a paginated list.
// - getForYou(userId, limit) → { items: { article, reason, score }[], follows, offerTopics }; explainReason(reason)
//   gives "Because you follow Science", inWords(items) every item's; getForYouRail(userId) is the home page's
//   four. rankForYou is the pure ranking behind it (on candidates without their cards), withCards names its
//   reasons from the cards of those ranked first, and rankedWithCards reads those cards.
// - changeFollow(userId, kind, slug, "follow" | "unfollow" | "mute" | "unmute"), chooseTopics(userId, topicIds),
//   resetPersonalisation(userId), getReaderProfile(userId).
// - hideMutedOnHome(userId, { top, picks, rails }) → the same lists with mutes applied plus `hidden` per block.
export * from "./follows";
export * from "./mutes";
export * from "./for-you";
export * from "./home";
export * from "./onboarding";
