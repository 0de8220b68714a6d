/** A same-site path to return to after signing in; anything else (`//evil`, `https:`) goes home. */
export function safeReturnPath(value: string | null | undefined, fallback = "/newsroom"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
