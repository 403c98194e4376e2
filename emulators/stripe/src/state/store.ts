import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createEmptyState, type State } from "./types";

// In-memory state with optional JSON persistence, so a demo survives a restart.
export class Store {
  state: State;
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly file: string | undefined) {
    this.state = file ? loadState(file) : createEmptyState();
  }

  reset(): void {
    this.state = createEmptyState();
    this.scheduleSave();
  }

  // A copy to go back to when a request fails half-way: Stripe's requests are all-or-nothing.
  checkpoint(): string {
    return JSON.stringify(this.state);
  }

  rollback(checkpoint: string): void {
    this.state = { ...createEmptyState(), ...(JSON.parse(checkpoint) as Partial<State>) };
  }

  scheduleSave(): void {
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saveNow();
    }, 50);
  }

  saveNow(): void {
    if (!this.file) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, this.file);
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
    console.error(`[stripe-emulator] ignoring unreadable state file ${file}: ${String(error)}`);
    return createEmptyState();
  }
}
