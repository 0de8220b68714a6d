import { NoAccess } from "@/components/newsroom/no-access";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";

// A newsroom page the signed-in person's role may not open (forbidden(), answered 403): said
// plainly, inside the newsroom, instead of the readers' 页面不存在.
export default async function NewsroomForbidden() {
  const user = await getCurrentUser();
  return <NoAccess kind="forbidden" role={user ? ROLE_LABELS[user.role] : undefined} />;
}
