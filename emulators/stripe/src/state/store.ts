import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import { createEmptyState, type State } from "./types";

// In-memory state with optional JSON persistence, so a demo survives a restart. Every change is on disk
// before it is acknowledged (`commit` before the answer goes out): the whole state goes to a temporary
// file, is fsynced, then renamed over the old one (and the folder fsynced), so a crash at any point
// leaves either the old state or the new one, never half of either.
export class Store {
  state: State;

  constructor(private readonly file: string | undefined) {
    this.state = file ? loadState(file) : createEmptyState();
  }

  reset(): void {
    this.state = createEmptyState();
    this.commit();
  }

  // A copy to go back to when a request fails half-way: Stripe's requests are all-or-nothing.
  checkpoint(): string {
    return JSON.stringify(this.state);
  }

  rollback(checkpoint: string): void {
    this.state = { ...createEmptyState(), ...(JSON.parse(checkpoint) as Partial<State>) };
  }

  /** Writes the state durably now; call it before answering a request that changed anything. */
  commit(): void {
    if (!this.file) return;
    writeDurably(this.file, JSON.stringify(this.state));
  }
}

function writeDurably(file: string, text: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  // The rename itself is durable only once the directory entry is.
  const dirFd = openSync(dir, "r");
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

function loadState(file: string): State {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return createEmptyState();
  }
  try {
    return { ...createEmptyState(), ...(JSON.parse(text) as Partial<State>) };
  } catch (error) {
    // Never written half (see commit), so this is someone's hand edit: keep it for them, start empty.
    const kept = `${file}.unreadable-${Date.now()}`;
    renameSync(file, kept);
    console.error(`[stripe-emulator] state file ${file} is not JSON (${String(error)}); moved to ${kept}`);
    return createEmptyState();
  }
}
