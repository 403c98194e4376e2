import type { Emulator } from "./engine/context";
import { invalidRequest } from "./wire/errors";
import type { FormObject } from "./wire/form";

export interface RouteRequest {
  params: Record<string, string>;
  input: FormObject;
}

export interface Route {
  method: "GET" | "POST" | "DELETE";
  path: string;
  handle: (em: Emulator, req: RouteRequest) => object;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

export type RouteMatch = { route: Route; params: Record<string, string> } | { methodMismatch: true } | null;

export function compileRoutes(routes: Route[]): (method: string, path: string) => RouteMatch {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path.replace(/:([a-z_]+)/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { route, pattern: new RegExp(`^${source}$`), names };
  });
  return (method, path) => {
    let pathMatched = false;
    for (const { route, pattern, names } of compiled) {
      const match = pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(match[i + 1] ?? "");
      });
      return { route, params };
    }
    return pathMatched ? { methodMismatch: true } : null;
  };
}

// GET /v1/<things>/:id — only `expand` is accepted.
export function retrieveRoute(path: string, get: (em: Emulator, id: string) => object): Route {
  return {
    method: "GET",
    path,
    handle: (em, req) => {
      for (const key of Object.keys(req.input)) {
        if (key !== "expand")
          throw invalidRequest(`Received unknown parameter: ${key}`, key, "parameter_unknown");
      }
      return get(em, req.params.id ?? "");
    },
  };
}
