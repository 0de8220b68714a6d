export interface Message {
  text: string;
  error: boolean;
}

/**
 * The one way a form tells its outcome: an alert when it failed, a polite status when it worked.
 * The live region is always there (empty until needed), so screen readers announce the first
 * message too.
 */
export function StatusMessage({ message, className = "" }: { message: Message | null; className?: string }) {
  if (!message) return <p role="status" className="sr-only" />;
  return (
    <p
      role={message.error ? "alert" : "status"}
      className={`rounded px-2 py-1 text-sm ${message.error ? "border border-red-300 bg-red-50 text-red-800" : "bg-green-50 text-green-800"} ${className}`}
    >
      {message.text}
    </p>
  );
}
