"use client";

import { AccountMenu } from "./account-menu";
import { useReaderParts } from "./reader-parts";

/** The account menu on a members' shared page copy: "Account" until the reader's own name arrives. */
export function SharedAccountMenu() {
  return <AccountMenu label={useReaderParts()?.label ?? "Account"} />;
}
