"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";

// Which stories the reader has saved, for every save button on the page: given by the reader layout (empty for
// visitors; on a members' shared page copy, once the reader's parts arrive), then kept in step as the reader
// saves and unsaves.

interface SavedState {
  isSaved: (articleId: number) => boolean;
  mark: (articleId: number, saved: boolean) => void;
}

const SavedContext = createContext<SavedState>({ isSaved: () => false, mark: () => undefined });

export function SavedStateProvider({ ids, children }: { ids: number[]; children: React.ReactNode }) {
  const [saved, setSaved] = useState(() => new Set(ids));
  const [givenIds, setGivenIds] = useState(ids);
  if (ids !== givenIds) {
    // New ids from above (the reader's parts arrived, or the page was rendered again): they are the truth now.
    setGivenIds(ids);
    setSaved(new Set(ids));
  }
  const mark = useCallback((articleId: number, on: boolean) => {
    setSaved((current) => {
      const next = new Set(current);
      if (on) next.add(articleId);
      else next.delete(articleId);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ isSaved: (id: number) => saved.has(id), mark }), [saved, mark]);
  return <SavedContext value={value}>{children}</SavedContext>;
}

export const useSavedState = () => useContext(SavedContext);
