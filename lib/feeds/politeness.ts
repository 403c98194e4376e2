import "server-only";

// Per-host politeness within this instance: one request at a time to a host, and a gap between them, so polling
// many titles on one publisher's server (or images from one CDN) never fans out into a burst.

const queues = new Map<string, Promise<unknown>>();

export function politely<T>(host: string, gapMs: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(host) ?? Promise.resolve();
  const run = previous.then(work, work);
  const gap = () => new Promise((resolve) => setTimeout(resolve, gapMs));
  const settled = run.then(gap, gap);
  queues.set(host, settled);
  void settled.then(() => {
    if (queues.get(host) === settled) queues.delete(host);
  });
  return run;
}
