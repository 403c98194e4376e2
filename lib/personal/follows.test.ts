import { describe, expect, it } from "vitest";
import { deleteUser } from "@/lib/db/queries/users";
import { readerFollows, readerProfiles } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { createUser } from "@/lib/testing/factories/accounts";
import { createAuthor, createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { changeFollow, chooseTopics, getReaderFollows, UnknownTargetError } from "./follows";

setUpTestDatabase();

describe("follows and mutes", () => {
  it("keeps one state per target: a mute replaces a follow, unfollow leaves a mute alone", async () => {
    const title = await createPublisher({ name: "The Tidewater Post" });
    const { user } = await createUser();
    await changeFollow(user.id, "publisher", title.slug, "follow");
    await changeFollow(user.id, "publisher", title.slug, "mute");
    await changeFollow(user.id, "publisher", title.slug, "unfollow");
    const state = await getReaderFollows(user.id);
    expect(state.follows).toEqual([]);
    expect(state.mutes.map((m) => [m.kind, m.slug, m.name])).toEqual([
      ["publisher", title.slug, "The Tidewater Post"],
    ]);
    await changeFollow(user.id, "publisher", title.slug, "unmute");
    expect(await getReaderFollows(user.id)).toEqual({ follows: [], mutes: [] });
  });

  it("gives plain JSON-able data, refuses unknown slugs, and goes with the account", async () => {
    const [topic, author] = [await createTopic({ name: "Tides" }), await createAuthor({ name: "Ivy Quill" })];
    const { user } = await createUser();
    await chooseTopics(user.id, [topic.id]);
    await changeFollow(user.id, "author", author.slug, "mute");
    const state = await getReaderFollows(user.id);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.follows[0]).toMatchObject({ kind: "topic", id: topic.id, slug: topic.slug, name: "Tides" });
    expect(Date.parse(state.mutes[0]!.since)).not.toBeNaN();
    await expect(changeFollow(user.id, "topic", "no-such-topic", "follow")).rejects.toBeInstanceOf(
      UnknownTargetError,
    );

    expect(await deleteUser(user.id)).toBe(true);
    expect(await selectRowsWhere(readerFollows, readerFollows.userId, user.id)).toEqual([]);
    expect(await selectRowsWhere(readerProfiles, readerProfiles.userId, user.id)).toEqual([]);
  });
});
