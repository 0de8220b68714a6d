import { type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from "react";

const CONTROL =
  "w-full rounded border border-gray-400 bg-white px-3 py-2 focus:border-brand focus:ring-2 focus:ring-brand/30 focus:outline-none";

/** A labelled select; `options` are value/label pairs, `none` an empty first choice. */
export function SelectField({
  label,
  options,
  none,
  className,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  none?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={id} className={CONTROL} {...select}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled multi-line text field. */
export function TextAreaField({
  label,
  className,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} rows={3} className={CONTROL} {...textarea} />
    </div>
  );
}
