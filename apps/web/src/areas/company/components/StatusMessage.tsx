import { useEffect, useState } from 'react';

/**
 * A live region for the confirmation of what just succeeded. The region is on the page before its text, so that
 * screen readers announce the text when it arrives (also right after a navigation).
 */
export function StatusMessage({ message }: { message: string | null }) {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    setShown(message);
  }, [message]);
  return (
    <div role="status" className="tm-company-status">
      {shown ? <p className="tm-company-status__text">{shown}</p> : null}
    </div>
  );
}
