import { Alert } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * The outcome of the teacher's last action, announced politely. The live region is always in the page, so that
 * screen readers hear the text that appears in it.
 */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="tm-teacher-status-message">
      {children ? (
        <Alert type="ok" role="none">
          {children}
        </Alert>
      ) : null}
    </div>
  );
}
