// When each cache tag was last purged, in this process: Next's handlers call it the tags manifest. Listeners
// hear every purge, local or from another instance (the proxy's page cache clears itself on one).

export function createTagBook() {
  /** @type {Map<string, {expired: number, stale: number}>} */
  const book = new Map();
  /** @type {Set<(tags: string[]) => void>} */
  const listeners = new Set();

  function apply(updates) {
    const changed = [];
    for (const [tag, times] of Object.entries(updates)) {
      const known = book.get(tag);
      if (known && known.expired >= times.expired && known.stale >= times.stale) continue;
      book.set(tag, {
        expired: Math.max(known?.expired ?? 0, times.expired),
        stale: Math.max(known?.stale ?? 0, times.stale),
      });
      changed.push(tag);
    }
    if (changed.length > 0) for (const listener of listeners) listener(changed);
  }

  return {
    /** Marks `tags` purged now (or expiring `expireSeconds` from now); answers the updates to share. */
    expire(tags, expireSeconds) {
      const now = Date.now();
      const expired = expireSeconds === undefined ? now : now + expireSeconds * 1000;
      const updates = Object.fromEntries(tags.map((tag) => [tag, { expired, stale: now }]));
      apply(updates);
      return updates;
    },
    /** Merges purges heard from elsewhere (Redis). */
    apply,
    /** True when one of `tags` was purged after `timestamp` (and that purge is due). */
    expiredSince(tags, timestamp) {
      const now = Date.now();
      return tags.some((tag) => {
        const expired = book.get(tag)?.expired;
        return expired !== undefined && expired > timestamp && expired <= now;
      });
    },
    latestExpiry(tags) {
      return Math.max(0, ...tags.map((tag) => book.get(tag)?.expired ?? 0));
    },
    onPurge(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
