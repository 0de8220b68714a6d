"use client";

/** Opens the browser's print dialog; the page's print stylesheet does the rest. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded bg-brand px-4 py-1.5 whitespace-nowrap text-white hover:bg-brand-dark"
    >
      {label}
    </button>
  );
}
