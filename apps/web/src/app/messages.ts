import { messages as admin } from '../areas/admin/messages';
import { messages as auth } from '../areas/auth/messages';
import { messages as company } from '../areas/company/messages';
import { messages as coordinator } from '../areas/coordinator/messages';
import { messages as publicArea } from '../areas/public/messages';
import { messages as teacher } from '../areas/teacher/messages';
import { messages as common } from '../components/messages';
import { ERROR_MESSAGES } from './error-messages';

export type Locale = 'nl' | 'en';

/** One area's texts: every id in Dutch, and in English where translated (react-intl falls back to Dutch). */
export interface AreaMessages {
  nl: Record<string, string>;
  en: Partial<Record<string, string>>;
}

const AREAS: AreaMessages[] = [
  common,
  ERROR_MESSAGES,
  publicArea,
  auth,
  teacher,
  company,
  coordinator,
  admin,
];

function merge(locale: Locale): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const area of AREAS) {
    for (const [id, text] of Object.entries(locale === 'nl' ? area.nl : { ...area.nl, ...area.en })) {
      if (text !== undefined) merged[id] = text;
    }
  }
  return merged;
}

export const MESSAGES: Record<Locale, Record<string, string>> = { nl: merge('nl'), en: merge('en') };
