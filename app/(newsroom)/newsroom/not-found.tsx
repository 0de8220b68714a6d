import { NoAccess } from "@/components/newsroom/no-access";

// A newsroom record that does not exist, or that this person may not see: one answer (404) for
// both, so that it never confirms an unpublished article is there (RFC 9110 §15.5.5).
export default function NewsroomNotFound() {
  return <NoAccess kind="hidden" />;
}
