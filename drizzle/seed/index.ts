import type { Database } from "../../lib/db/open";

// Placeholder until the sample-content generator lands.
export async function seedIfEmpty(_db: Database): Promise<void> {}
