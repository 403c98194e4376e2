import "server-only";
import { cache } from "react";
import { findUserById } from "@/lib/db/queries/users";

// The user row, read at most once per request: the JWT callback's session-version check and getCurrentUser
// share it. React's cache lives for one server request only, so every request still reads the row afresh
// (sign-out-everywhere and account deletion take effect at the next request).
export const loadUser = cache(findUserById);
