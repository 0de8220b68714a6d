"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { newUserSchema, passwordSchema, roleSchema } from "@/lib/users/user-input";

const userId = z.string().min(1);

// Creates an account (admin only; checked inside createUser).
export const createUserAction = defineAction(newUserSchema, async (input, { user }) => {
  const created = await createUser(db, user, input);
  revalidatePath("/newsroom/people");
  return created;
});

// Changes a role, (de)activates, or resets a password (admin only; checked inside updateUser).
export const updateUserAction = defineAction(
  z.object({
    userId,
    change: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("role"), role: roleSchema }),
      z.object({ kind: z.literal("active"), active: z.boolean() }),
      z.object({ kind: z.literal("password"), password: passwordSchema }),
    ]),
  }),
  async (input, { user }) => {
    await updateUser(db, user, input.userId, input.change);
    revalidatePath("/newsroom/people");
    return { userId: input.userId };
  },
);
