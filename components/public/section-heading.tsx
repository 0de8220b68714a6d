import type { ReactNode } from "react";

/** A section (栏目) title with the red bar Chinese newspapers put beside it. */
export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2
      id={id}
      className="mt-8 flex items-center gap-2 border-b-2 border-brand pb-1 font-serif text-xl font-bold text-brand-dark"
    >
      <span aria-hidden="true" className="inline-block h-5 w-1.5 bg-brand" />
      {children}
    </h2>
  );
}
