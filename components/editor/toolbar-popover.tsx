"use client";

import { type ReactNode, useState } from "react";

/** A toolbar button that opens a small form below it; Escape closes it. */
export function ToolbarPopover({
  glyph,
  label,
  children,
}: {
  glyph: string;
  label: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <div className="relative" onKeyDown={(event) => event.key === "Escape" && close()}>
      <button
        type="button"
        className="min-w-9 rounded px-2 py-1 text-sm font-semibold hover:bg-gray-200"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => setOpen(!open)}
      >
        {glyph}
      </button>
      {open && (
        <div className="absolute top-full left-0 z-20 mt-1 w-80 rounded border border-gray-300 bg-white p-3 shadow-lg">
          {children(close)}
        </div>
      )}
    </div>
  );
}
