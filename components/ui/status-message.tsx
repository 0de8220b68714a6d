export interface Message {
  text: string;
  error: boolean;
}

/** The outcome of a form: an alert when it failed, a polite status when it worked. */
export function StatusMessage({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <p
      role={message.error ? "alert" : "status"}
      className={`text-sm ${message.error ? "text-red-800" : "text-green-800"}`}
    >
      {message.text}
    </p>
  );
}
