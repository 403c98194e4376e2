"use client";

import { useEffect, useRef, useState } from "react";
import { moveItem } from "./draft";

interface Named {
  articleId: number;
  headline: string;
}

/**
 * Reordering by keyboard (Space picks an item up, arrows move it, Space drops, Escape cancels) and by mouse
 * drag, with every step announced in a live region. Focus stays on the moved item's handle.
 */
export function useReorder<T extends Named>(items: T[], setItems: (items: T[]) => void) {
  const [grabbed, setGrabbed] = useState<{ id: number; from: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const dragged = useRef<number | null>(null);
  const focusAfter = useRef<number | null>(null);

  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(`pick-handle-${focusAfter.current}`)?.focus();
    focusAfter.current = null;
  });

  const where = (index: number) => `position ${index + 1} of ${items.length}`;

  function move(from: number, to: number) {
    const item = items[from];
    if (!item || to < 0 || to >= items.length) return;
    focusAfter.current = item.articleId;
    setItems(moveItem(items, from, to));
    setAnnouncement(`${item.headline}: moved to ${where(to)}.`);
  }

  function onHandleKeyDown(event: React.KeyboardEvent, index: number) {
    const item = items[index];
    if (!item) return;
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      if (grabbed) {
        setGrabbed(null);
        setAnnouncement(`${item.headline}: dropped at ${where(index)}.`);
      } else {
        setGrabbed({ id: item.articleId, from: index });
        setAnnouncement(
          `${item.headline}: picked up at ${where(index)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
        );
      }
    } else if (grabbed && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      move(index, index + (event.key === "ArrowUp" ? -1 : 1));
    } else if (grabbed && event.key === "Escape") {
      event.preventDefault();
      focusAfter.current = item.articleId;
      setItems(moveItem(items, index, grabbed.from));
      setGrabbed(null);
      setAnnouncement(`${item.headline}: move cancelled, back at ${where(grabbed.from)}.`);
    }
  }

  const dragProps = (index: number) => ({
    draggable: true,
    onDragStart: (event: React.DragEvent) => {
      dragged.current = index;
      event.dataTransfer.effectAllowed = "move";
    },
    onDragOver: (event: React.DragEvent) => event.preventDefault(),
    onDrop: (event: React.DragEvent) => {
      event.preventDefault();
      if (dragged.current !== null) move(dragged.current, index);
      dragged.current = null;
    },
  });

  return {
    grabbedId: grabbed?.id ?? null,
    announcement,
    onHandleKeyDown,
    dragProps,
    announce: setAnnouncement,
  };
}
