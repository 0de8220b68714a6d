import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

/** The roles as <option>s, in the order they appear everywhere. */
export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
