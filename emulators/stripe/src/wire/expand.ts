import { invalidRequest } from "./errors";

export type Lookup = (id: string) => object | undefined;
// Fields that are only ever present when expanded (e.g. checkout.session.line_items).
export type Virtual = (owner: Record<string, unknown>, field: string) => object | undefined;

const MAX_DEPTH = 4;

// Applies `expand[]` paths (e.g. `items.data.price.product`) to a JSON copy of a response.
export function applyExpand(root: unknown, paths: string[], lookup: Lookup, virtual: Virtual): unknown {
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.filter((s) => s !== "data").length > MAX_DEPTH) {
      throw invalidRequest(
        `You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`,
        "expand",
      );
    }
    expandAt(root, segments, path, lookup, virtual);
  }
  return root;
}

function expandAt(node: unknown, segments: string[], path: string, lookup: Lookup, virtual: Virtual): void {
  if (Array.isArray(node)) {
    for (const item of node) expandAt(item, segments, path, lookup, virtual);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const owner = node as Record<string, unknown>;
  const [key, ...rest] = segments;
  if (key === undefined) return;
  if (!(key in owner)) {
    const made = virtual(owner, key);
    if (!made) throw invalidRequest(`This property cannot be expanded (${path}).`, "expand");
    owner[key] = made;
  }
  const child = owner[key];
  if (typeof child === "string") {
    const found = lookup(child);
    if (!found) throw invalidRequest(`This property cannot be expanded (${path}).`, "expand");
    owner[key] = JSON.parse(JSON.stringify(found)) as unknown;
  } else if (
    rest.length === 0 &&
    child !== null &&
    typeof child === "object" &&
    "object" in child &&
    child.object === "list"
  ) {
    // Expanding an embedded list is allowed and a no-op.
  } else if (rest.length === 0 && child !== null && typeof child !== "object") {
    throw invalidRequest(`This property cannot be expanded (${path}).`, "expand");
  }
  if (rest.length > 0) expandAt(owner[key], rest, path, lookup, virtual);
}
