import { invalidRequest } from "./errors";

// Stripe's v1 wire format: application/x-www-form-urlencoded with bracketed nesting,
// `a[b][0][c]=x`, `expand[]=x`. Objects whose keys are all indexes become arrays.
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

const MAX_PARAMS = 2_000;
const MAX_DEPTH = 8;

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    throw invalidRequest("Invalid request: the body could not be decoded as form data.");
  }
}

function splitKey(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match?.[1]) throw invalidRequest(`Invalid parameter name: ${key}`, key);
  const rest = match[2] ?? "";
  const segments = [match[1], ...[...rest.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? "")];
  if (segments.length > MAX_DEPTH) throw invalidRequest(`Parameter nested too deeply: ${key}`, key);
  return segments;
}

function assign(target: FormObject, segments: string[], value: string, fullKey: string): void {
  let node: FormObject = target;
  segments.forEach((raw, index) => {
    // `[]` appends: give it the next free index.
    const segment = raw === "" ? String(Object.keys(node).length) : raw;
    const last = index === segments.length - 1;
    const existing = node[segment];
    if (last) {
      if (existing !== undefined && typeof existing !== "string")
        throw invalidRequest(`Invalid parameter: ${fullKey}`, fullKey);
      node[segment] = value;
      return;
    }
    if (existing === undefined) node[segment] = {};
    const next = node[segment];
    if (typeof next !== "object" || Array.isArray(next))
      throw invalidRequest(`Invalid parameter: ${fullKey}`, fullKey);
    node = next;
  });
}

function arrayify(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const key of keys) value[key] = arrayify(value[key] as FormValue);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => value[k] as FormValue);
  }
  return value;
}

export function parseForm(body: string): FormObject {
  const result: FormObject = {};
  if (body.trim() === "") return result;
  const pairs = body.split("&").filter((p) => p !== "");
  if (pairs.length > MAX_PARAMS) throw invalidRequest("Too many parameters in the request.");
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : decode(pair.slice(eq + 1));
    assign(result, splitKey(key), value, key);
  }
  return arrayify(result) as FormObject;
}

// Renders a path array as Stripe names params in errors: items[0][price].
export function formatParam(path: ReadonlyArray<PropertyKey>): string {
  const [head, ...rest] = path.map(String);
  return (head ?? "") + rest.map((p) => `[${p}]`).join("");
}
