/** Set by proxy.ts on the page cache's render of a members' shared copy, and only there (lib/auth/shared-render.ts). */
export const SHARED_MEMBER_HEADER = "x-newsstand-shared-member";
