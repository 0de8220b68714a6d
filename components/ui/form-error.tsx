/** A form's error message, announced to screen readers when it appears. */
export function FormError({ message }: { message: string | null | undefined }) {
  return (
    <p
      role="alert"
      className={
        message ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" : "sr-only"
      }
    >
      {message ?? ""}
    </p>
  );
}
