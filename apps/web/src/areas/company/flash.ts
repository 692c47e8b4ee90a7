import { useEffect, useState } from 'react';

// A confirmation that outlives one navigation: the form sets it, the page it goes to shows it once. It is no
// state of the screen (a shared link should not repeat "saved"), so it stays out of the URL.
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The confirmation left by the page before, taken once. */
export function useFlash(): string | null {
  const [message] = useState(() => pending);
  useEffect(() => {
    if (pending === message) pending = null;
  }, [message]);
  return message;
}
