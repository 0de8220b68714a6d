"use server";

import { definePublicAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { createFirstAdmin, firstAdminSchema } from "@/lib/users/create-first-admin";

// Creates the first admin account; guarded by the one-time code from the server log.
export const createFirstAdminAction = definePublicAction(firstAdminSchema, async (input) => {
  const user = await createFirstAdmin(db, input);
  return { username: user.username };
});
