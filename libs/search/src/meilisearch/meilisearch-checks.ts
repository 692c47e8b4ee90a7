import type { Settings, Task } from 'meilisearch';
import { MARK_END, MARK_START } from '../highlight';

// The pure rules of the Meilisearch adapter: what counts as a failed task, how a filter value is quoted, which
// live settings differ from the code's, which server versions the adapter speaks to, and whole-word marks.

/**
 * The oldest server the adapter works with: `swapIndexes` sends `rename`, which arrived in v1.18 (older
 * servers answer 400). docker/compose.yml pins a newer one, the one the installed client is tested against.
 */
export const MIN_SERVER_VERSION = '1.18.0';

function parts(version: string): number[] {
  return (version.match(/\d+(\.\d+){0,2}/)?.[0] ?? '0').split('.').map(Number);
}

/** Why the server's version does not do for this adapter, or null when it does. */
export function serverVersionProblem(version: string, minimum = MIN_SERVER_VERSION): string | null {
  const have = parts(version);
  const need = parts(minimum);
  for (let i = 0; i < 3; i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a > b) return null;
    if (a < b) {
      return `Meilisearch ${version} is older than ${minimum}, the oldest version this adapter speaks to (see docker/compose.yml)`;
    }
  }
  return null;
}

/**
 * The error a finished task stands for: a failed or cancelled task is a failure (the job that waited for it
 * fails and is retried; a sweep does not move on), as is one still unfinished. `allowedError` names an error
 * code that counts as done (`index_already_exists` for a create that may find the index).
 */
export function taskFailure(
  task: Pick<Task, 'uid' | 'status' | 'type' | 'error'>,
  allowedError?: string,
): Error | null {
  if (task.status === 'succeeded') return null;
  if (task.status === 'failed' && allowedError !== undefined && task.error?.code === allowedError)
    return null;
  const reason =
    task.status === 'failed'
      ? (task.error?.message ?? 'no reason given')
      : task.status === 'canceled'
        ? 'it was cancelled'
        : `it is still ${task.status}`;
  return new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`);
}

/**
 * A filter value in double quotes. The server's filter parser takes `\"` as a quote inside the value and then
 * reads backslash escapes; a backslash or control character has no spelling that every server version reads
 * back the same, and no value of ours (enum names, the fixed themes) has one: such a value is refused.
 */
export function quote(value: string): string {
  if (/[\\\u0000-\u001f\u007f]/.test(value)) {
    throw new Error(
      `A Meilisearch filter value may not contain a backslash or control character: ${JSON.stringify(value)}`,
    );
  }
  return `"${value.replaceAll('"', '\\"')}"`;
}

type Comparable = unknown;

// Lists whose order means nothing to the server (it answers them sorted): compared as sets.
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords', 'displayedAttributes']);

function normalise(key: string, value: Comparable): Comparable {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise('', item));
    return UNORDERED.has(key)
      ? [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => [k, key === 'synonyms' && Array.isArray(v) ? [...v].sort() : normalise(k, v)] as const,
    );
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}

// What the code asks for, inside what the server answers: keys the code does not set keep the server's value.
function covers(live: Comparable, wanted: Comparable): boolean {
  if (wanted && typeof wanted === 'object' && !Array.isArray(wanted)) {
    if (!live || typeof live !== 'object' || Array.isArray(live)) return false;
    return Object.entries(wanted as Record<string, unknown>).every(([k, v]) =>
      covers((live as Record<string, unknown>)[k], v),
    );
  }
  return JSON.stringify(live) === JSON.stringify(wanted);
}

/**
 * The settings whose live value differs from the code's (empty when they agree). Only what the code sets is
 * compared, within objects too; lists the server keeps sorted are compared as sets, synonyms per term as sets.
 */
export function settingsDiff(live: Settings, wanted: Settings): string[] {
  return Object.entries(wanted)
    .filter(([key, value]) => {
      const liveValue = (live as Record<string, unknown>)[key];
      if (key === 'synonyms') {
        return JSON.stringify(normalise(key, liveValue ?? {})) !== JSON.stringify(normalise(key, value));
      }
      return !covers(normalise(key, liveValue), normalise(key, value));
    })
    .map(([key]) => key)
    .sort();
}

// A word with the engine's marks anywhere inside it.
const MARKED_WORD = /[\p{L}\p{M}\p{N}\uE000\uE001]+/gu;

/**
 * Marks grown to whole words, as the PostgreSQL engine marks them: Meilisearch marks only the matched part of a
 * prefix or a typo ("<robo>tica"), the rest of the word stays outside.
 */
export function wholeWordMarks(text: string): string {
  return text.replace(MARKED_WORD, (word) => {
    const plain = word.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
    if (!word.includes(MARK_START) || plain.length === 0) return plain;
    return `${MARK_START}${plain}${MARK_END}`;
  });
}
