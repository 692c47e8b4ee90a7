import { messages as publicArea } from '../areas/public/messages';
import { messages as common } from '../components/messages';
import { ERROR_MESSAGES } from './error-messages';
import type { AreaMessages, Locale } from './messages';

/** The texts of `areas` in one table for `locale` (English falls back to Dutch per id). */
export function mergeMessages(areas: readonly AreaMessages[], locale: Locale): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const area of areas) {
    for (const [id, text] of Object.entries(locale === 'nl' ? area.nl : { ...area.nl, ...area.en })) {
      if (text !== undefined) merged[id] = text;
    }
  }
  return merged;
}

// The texts of the shell, the error texts and the public pages (the first page is the search) come with the
// app's first script; each other area's texts load with its pages, so the first page carries none of them.
const LOADERS = {
  auth: () => import('../areas/auth/messages'),
  teacher: () => import('../areas/teacher/messages'),
  company: () => import('../areas/company/messages'),
  coordinator: () => import('../areas/coordinator/messages'),
  admin: () => import('../areas/admin/messages'),
} satisfies Record<string, () => Promise<{ messages: AreaMessages }>>;

export type LazyArea = keyof typeof LOADERS;
export const LAZY_AREAS = Object.keys(LOADERS) as LazyArea[];

let shown: readonly AreaMessages[] = [common, ERROR_MESSAGES, publicArea];
const added = new Set<LazyArea>();
const loading = new Map<LazyArea, Promise<void>>();
const listeners = new Set<() => void>();

function add(area: LazyArea, messages: AreaMessages): void {
  if (added.has(area)) return;
  added.add(area);
  shown = [...shown, messages];
  for (const listener of listeners) listener();
}

/** Loads an area's texts once; the I18nProvider shows them from then on. */
export function loadAreaMessages(area: LazyArea): Promise<void> {
  let done = loading.get(area);
  if (!done) {
    done = LOADERS[area]().then((module) => add(area, module.messages));
    // A failed load (offline) is tried again on the next page of the area.
    done.catch(() => loading.delete(area));
    loading.set(area, done);
  }
  return done;
}

/** For useSyncExternalStore: the texts shown so far change when an area's texts arrive. */
export function subscribeAreaMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const shownAreaMessages = (): readonly AreaMessages[] => shown;

/**
 * A lazy page's importer that also loads its area's texts, so the page never renders before its texts:
 * `lazyRouteComponent(withAreaMessages('teacher', () => import('./pages/X')), 'X')`.
 */
export function withAreaMessages<T>(area: LazyArea, importer: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([importer(), loadAreaMessages(area)]).then(([module]) => module);
}
