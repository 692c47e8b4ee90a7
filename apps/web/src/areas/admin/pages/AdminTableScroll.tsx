import type { ReactNode } from 'react';

/**
 * A wide table's frame: it scrolls sideways on a narrow screen, so it is a named region keyboard users can focus
 * and scroll with the arrow keys.
 */
export function AdminTableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tm-admin-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
