"use client";

import { useEffect } from "react";
import { STORY_ID } from "./story-id";

// Counts the seconds this story is actually read (tab visible, some activity in the last IDLE_MS) and sends the
// running total, with where the reader is in the story, when they leave: tab hidden, page left, or another page
// opened in the app. The server decides what counts (app/api/reads). A "#continue-0.42" address (from
// "Continue reading") scrolls back to that point of the story.

const IDLE_MS = 45_000;
const ACTIVITY = ["scroll", "pointermove", "pointerdown", "keydown", "touchstart", "wheel"] as const;

function storyBox(): { top: number; height: number } | null {
  const story = document.getElementById(STORY_ID);
  if (!story) return null;
  const rect = story.getBoundingClientRect();
  return { top: rect.top + window.scrollY, height: Math.max(1, rect.height) };
}

/** Where the top of the window is, as a fraction of the story (0 at its top, 1 at its end). */
function currentPosition(): number {
  const box = storyBox();
  if (!box) return 0;
  const fraction = (window.scrollY - box.top) / box.height;
  return Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 1000;
}

function restorePosition(): void {
  const match = /^#continue-(0(?:\.\d{1,3})?|1)$/.exec(window.location.hash);
  const box = storyBox();
  if (!match?.[1] || !box) return;
  window.scrollTo({ top: box.top + Number(match[1]) * box.height, behavior: "instant" });
}

export function ReadingTracker({ token }: { token: string }) {
  useEffect(() => {
    let seconds = 0;
    let lastActive = Date.now();
    let sent = "";
    const onActivity = () => {
      lastActive = Date.now();
    };
    const tick = window.setInterval(() => {
      if (document.visibilityState === "visible" && Date.now() - lastActive < IDLE_MS) seconds += 1;
    }, 1000);
    const send = () => {
      const payload = JSON.stringify({ token, seconds, position: currentPosition() });
      if (payload === sent) return;
      sent = payload;
      navigator.sendBeacon("/api/reads", payload);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") send();
    };
    for (const name of ACTIVITY) window.addEventListener(name, onActivity, { passive: true });
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", send);
    // After the router's own scroll-to-top of a new page.
    const restore = window.requestAnimationFrame(() => window.requestAnimationFrame(restorePosition));
    return () => {
      send();
      window.clearInterval(tick);
      window.cancelAnimationFrame(restore);
      for (const name of ACTIVITY) window.removeEventListener(name, onActivity);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", send);
    };
  }, [token]);
  return null;
}
