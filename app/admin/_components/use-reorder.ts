"use client";

import { useEffect, useRef, useState } from "react";

/** How the hook names an item: a stable key, the words it announces, and the id of the item's handle. */
export interface Reorderable {
  key: number;
  label: string;
  handleId: string;
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Reordering by keyboard (Space picks an item up, arrows move it, Space drops, Escape cancels) and by mouse
 * drag, with every step announced in a live region. Focus stays on the moved item's handle. Our Picks and the
 * front page's rails use it.
 */
export function useReorder<T>(
  items: T[],
  setItems: (items: T[]) => void,
  describe: (item: T) => Reorderable,
) {
  const [grabbed, setGrabbed] = useState<{ key: number; from: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const dragged = useRef<number | null>(null);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const where = (index: number) => `position ${index + 1} of ${items.length}`;

  function move(from: number, to: number) {
    const item = items[from];
    if (item === undefined || to < 0 || to >= items.length) return;
    focusAfter.current = describe(item).handleId;
    setItems(moveItem(items, from, to));
    setAnnouncement(`${describe(item).label}: moved to ${where(to)}.`);
  }

  function onHandleKeyDown(event: React.KeyboardEvent, index: number) {
    const item = items[index];
    if (item === undefined) return;
    const { key, label, handleId } = describe(item);
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      if (grabbed) {
        setGrabbed(null);
        setAnnouncement(`${label}: dropped at ${where(index)}.`);
      } else {
        setGrabbed({ key, from: index });
        setAnnouncement(
          `${label}: picked up at ${where(index)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
        );
      }
    } else if (grabbed && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      move(index, index + (event.key === "ArrowUp" ? -1 : 1));
    } else if (grabbed && event.key === "Escape") {
      event.preventDefault();
      focusAfter.current = handleId;
      setItems(moveItem(items, index, grabbed.from));
      setGrabbed(null);
      setAnnouncement(`${label}: move cancelled, back at ${where(grabbed.from)}.`);
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
    grabbedKey: grabbed?.key ?? null,
    announcement,
    onHandleKeyDown,
    dragProps,
    announce: setAnnouncement,
  };
}
