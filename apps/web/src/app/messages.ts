import { messages as admin } from '../areas/admin/messages';
import { messages as auth } from '../areas/auth/messages';
import { messages as company } from '../areas/company/messages';
import { messages as coordinator } from '../areas/coordinator/messages';
import { messages as publicArea } from '../areas/public/messages';
import { messages as teacher } from '../areas/teacher/messages';
import { messages as common } from '../components/messages';
import { mergeMessages } from './area-messages';
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

/**
 * Every text of the app, for the checks on the texts. The app itself loads them per area
 * (app/area-messages.ts): only types may be imported from here at run time.
 */
export const MESSAGES: Record<Locale, Record<string, string>> = {
  nl: mergeMessages(AREAS, 'nl'),
  en: mergeMessages(AREAS, 'en'),
};
