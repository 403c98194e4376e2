import { LRUCache } from "lru-cache";

// Entries in this process, bounded by their bytes (not their number), least recently used out first.
export function createMemoryStore(maxBytes) {
  return new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (stored, key) => stored.value.byteLength + key.length + 256,
  });
}
