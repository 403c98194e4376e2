"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { emailField } from "@/lib/auth/fields";
import { changeRole, withArticle } from "@/lib/newsroom/people";
import { answerRefusals } from "../_lib/refusals";

const role = z.enum(["reader", "editor", "admin"], { message: "Choose a role." });

/** Grants a role to the account with this email (admins only). */
export const grantRoleAction = formAction(
  {
    name: "admin.people.grant",
    access: "admin",
    schema: z.object({ email: emailField, role }),
    echo: ["email"],
    signInReturn: "/admin/people",
  },
  async (input, { user }) =>
    answerRefusals(async () => {
      const person = await changeRole(user, { email: input.email }, input.role);
      refresh();
      return { status: "success", message: `${person.email} is now ${withArticle(input.role)}.` };
    }),
);

/** Changes the role of someone on the list (revoking editor makes them a reader). */
export const changeRoleAction = formAction(
  {
    name: "admin.people.change",
    access: "admin",
    schema: z.object({ userId: z.string().uuid("Unknown account."), role }),
    signInReturn: "/admin/people",
  },
  async (input, { user }) =>
    answerRefusals(async () => {
      const person = await changeRole(user, { id: input.userId }, input.role);
      refresh();
      return { status: "success", message: `${person.email} is now ${withArticle(input.role)}.` };
    }),
);
