// The newsroom badge's number, for the header to keep current without a page load (it asks on
// focus and about once a minute). Private: one person's count, never cached on the way.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { jsonErrorResponse } from "@/lib/http/json-error-response";
import { countUnread } from "@/lib/notifications/list-notifications";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET() {
  try {
    const user = await getCurrentUser();
    if (!user)
      return NextResponse.json({ error: "登录已失效，请重新登录。" }, { status: 401, headers: PRIVATE });
    return NextResponse.json({ count: await countUnread(db, user) }, { headers: PRIVATE });
  } catch (thrown) {
    return jsonErrorResponse(thrown, "暂时无法读取通知。");
  }
}
