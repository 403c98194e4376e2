import { expect, type APIRequestContext } from "@playwright/test";

// Client of app/api/test/[action]: factories that write to the database directly.

export function createTestHooks(request: APIRequestContext) {
  async function call<T = unknown>(action: string, body: object = {}): Promise<T> {
    const response = await request.post(`/api/test/${action}`, { data: body });
    const text = await response.text();
    expect(response.status(), `test hook ${action}: ${text}`).toBe(200);
    return JSON.parse(text) as T;
  }
  return { call };
}

export type TestHooks = ReturnType<typeof createTestHooks>;
