import { type InputHTMLAttributes, useId } from "react";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  hint?: string;
  /** Extra classes for the input itself (size, font); `className` styles the wrapper. */
  inputClassName?: string;
}

/** A labelled text input; the label is always visible (no placeholder-only fields). */
export function TextField({ label, hint, className, inputClassName = "", ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`w-full rounded border border-gray-400 bg-white px-3 py-2 focus:border-brand focus:ring-2 focus:ring-brand/30 focus:outline-none ${inputClassName}`}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
