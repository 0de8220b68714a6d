/**
 * Opens the browser's print dialog; the page's print stylesheet does the rest. Reader pages carry
 * no framework script, so the click is handled by public/print-button.js, which React places in
 * the page's head.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <>
      <script src="/print-button.js" async />
      <button
        type="button"
        data-print-button
        className="no-print rounded bg-brand px-4 py-1.5 whitespace-nowrap text-white hover:bg-brand-dark"
      >
        {label}
      </button>
    </>
  );
}
