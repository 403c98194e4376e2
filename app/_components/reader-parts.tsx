"use client";

import { createContext, useContext, useEffect, useState } from "react";
import {
  MAX_CARDS_ASKED,
  type ReaderParts,
  type ReaderPartsRequest,
} from "@/lib/personal/reader-parts-shape";
import { SavedStateProvider } from "./saved-state";

// The members' shared copy of a page (lib/auth/shared-render.ts) holds nothing about its reader: this fetches
// their parts (POST /api/me) once the page is in, for the islands that show them (account menu, save, follow,
// membership notice, reading tracker, Continue reading, For You). Islands that need more than the basics say
// so with a marker in the page's HTML (readerNeed), read once the whole document is parsed, so one request
// serves the page.

const ReaderPartsContext = createContext<ReaderParts | null>(null);

const NO_SAVED: number[] = [];
const NEED_ATTRIBUTE = "data-reader-need";

/** A hidden marker an island renders to ask for more than the basics (see collectNeeds). */
export function ReaderNeed({ need }: { need: ReaderPartsRequest }) {
  return <span hidden {...{ [NEED_ATTRIBUTE]: JSON.stringify(need) }} />;
}

function collectNeeds(): ReaderPartsRequest {
  const needs: ReaderPartsRequest = {};
  const cards = new Set<number>(); // every list asks about its own cards
  for (const marker of document.querySelectorAll(`[${NEED_ATTRIBUTE}]`)) {
    try {
      const { cards: some, ...rest } = JSON.parse(
        marker.getAttribute(NEED_ATTRIBUTE) ?? "{}",
      ) as ReaderPartsRequest;
      Object.assign(needs, rest);
      for (const id of some ?? []) cards.add(id);
    } catch {
      // not ours: ignore
    }
  }
  if (cards.size > 0) needs.cards = [...cards].slice(0, MAX_CARDS_ASKED);
  return needs;
}

/** Revives the ISO dates JSON turned into strings (every `…At` field, like a card's publishedAt). */
function withDates(key: string, value: unknown): unknown {
  return key.endsWith("At") && typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value)
    ? new Date(value)
    : value;
}

async function fetchParts(needs: ReaderPartsRequest): Promise<ReaderParts | null> {
  const response = await fetch("/api/me", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(needs),
    cache: "no-store",
  });
  if (!response.ok) return null;
  return JSON.parse(await response.text(), withDates) as ReaderParts;
}

export function SharedReaderProvider({ children }: { children: React.ReactNode }) {
  const [parts, setParts] = useState<ReaderParts | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      fetchParts(collectNeeds())
        .then((loaded) => {
          if (live) setParts(loaded);
        })
        .catch(() => undefined); // the page stays as it is: readable, without the reader's own parts
    if (document.readyState === "loading")
      document.addEventListener("DOMContentLoaded", load, { once: true });
    else void load();
    return () => {
      live = false;
      document.removeEventListener("DOMContentLoaded", load);
    };
  }, []);
  return (
    <ReaderPartsContext value={parts}>
      <SavedStateProvider ids={parts?.savedIds ?? NO_SAVED}>{children}</SavedStateProvider>
    </ReaderPartsContext>
  );
}

/** The reader's parts once fetched; null before (and on the pages rendered for their reader, which need none). */
export const useReaderParts = () => useContext(ReaderPartsContext);

/**
 * The reader's parts for cards drawn after the page asked for its own (a search's results, fetched by the
 * browser): the page's parts with these cards' author mutes, asked of POST /api/me only when the reader mutes an
 * author; or, on a page rendered for its reader (which asks for no parts), the reader's own, asked now.
 */
export function ReaderPartsForLateCards({
  cardIds,
  signedIn,
  children,
}: {
  cardIds: readonly number[];
  signedIn: boolean;
  children: React.ReactNode;
}) {
  const page = useReaderParts();
  const mustAsk = page ? page.mutes.some((mute) => mute.kind === "author") : signedIn;
  const key = cardIds.slice(0, MAX_CARDS_ASKED).join(",");
  const [asked, setAsked] = useState<{ key: string; parts: ReaderParts }>();
  useEffect(() => {
    if (!mustAsk || key === "") return;
    let live = true;
    fetchParts({ cards: key.split(",").map(Number) })
      .then((loaded) => {
        if (live && loaded) setAsked({ key, parts: loaded });
      })
      .catch(() => undefined); // the cards stay as the page's parts (if any) leave them
    return () => {
      live = false;
    };
  }, [mustAsk, key]);
  const own = asked?.key === key ? asked.parts : undefined;
  const parts = page && own ? { ...page, mutedByAuthor: own.mutedByAuthor } : (page ?? own ?? null);
  return <ReaderPartsContext value={parts}>{children}</ReaderPartsContext>;
}
