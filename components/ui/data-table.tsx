import type { ReactNode } from "react";

export interface Column {
  label: string;
  numeric?: boolean;
}

/** The newsroom's tables: a header row of labelled columns, rows given by the caller. */
export function DataTable({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-gray-100 text-gray-700">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                // Chinese wraps between any two characters: a two-character label would stand in a column.
                className={`px-4 py-2 whitespace-nowrap ${column.numeric ? "text-right" : ""}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">{children}</tbody>
      </table>
    </div>
  );
}

/** An empty list, said plainly. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded border border-dashed border-gray-300 bg-white p-8 text-center text-muted">
      {children}
    </p>
  );
}
