"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";
import { systemClock } from "@/lib/time/clock";

// Marks the signed-in user's own notices read (some or all); nobody else's can be touched.
export const markReadAction = defineAction(
  // A page lists at most a few hundred notices: a longer list is no person's choice.
  z.object({ ids: z.union([z.array(z.string().min(1).max(64)).max(500), z.literal("all")]) }),
  async (input, { user }) => {
    await markNotificationsRead(db, user, input.ids, systemClock);
    revalidatePath("/newsroom", "layout");
    return { ok: true };
  },
);
