"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { decidePitch } from "@/lib/planning/decide-pitch";
import { decidePitchSchema, proposePitchSchema, saveAssignmentSchema } from "@/lib/planning/planning-input";
import { proposePitch } from "@/lib/planning/propose-pitch";
import { saveAssignment } from "@/lib/planning/save-assignment";
import { systemClock } from "@/lib/time/clock";

// 提出选题 (anyone who writes; checked inside proposePitch).
export const proposePitchAction = defineAction(proposePitchSchema, async (input, { user }) => {
  const pitch = await proposePitch(db, user, input, systemClock);
  revalidatePath("/newsroom/planning");
  return pitch;
});

// 采纳 / 不采纳 / 暂缓 (editors; checked inside decidePitch against the pitch's state).
export const decidePitchAction = defineAction(decidePitchSchema, async (input, { user }) => {
  const result = await decidePitch(db, user, input, systemClock);
  revalidatePath("/newsroom", "layout");
  return result;
});

// 派稿, or changing an assignment (editors).
export const saveAssignmentAction = defineAction(saveAssignmentSchema, async (input, { user }) => {
  const result = await saveAssignment(db, user, input, systemClock);
  revalidatePath("/newsroom", "layout");
  return result;
});
