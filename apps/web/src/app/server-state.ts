import type { NormalizedCacheObject } from '@apollo/client';

/**
 * When the api renders a page (server-render.tsx), it hands the answers it rendered to the app in this element:
 * JSON in a script element of type application/json, which browsers never run (the page's policy allows no inline
 * script).
 */
export const SERVER_STATE_ID = 'tm-state';

/** Whether the api rendered this page (it then came with its answers). */
export const pageWasRendered = (doc: Document = document): boolean =>
  doc.getElementById(SERVER_STATE_ID) !== null;

/** The Apollo cache of the page the api rendered, or undefined for a page it did not render. */
export function readServerState(doc: Document = document): NormalizedCacheObject | undefined {
  const text = doc.getElementById(SERVER_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as NormalizedCacheObject;
  } catch {
    return undefined;
  }
}

/** `state` as the text of the script element: no `<` that could end it early. */
export function serverStateText(state: NormalizedCacheObject): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}
