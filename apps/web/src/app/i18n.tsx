import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createIntl, createIntlCache, RawIntlProvider } from 'react-intl';
import { mergeMessages, shownAreaMessages, subscribeAreaMessages } from './area-messages';
import type { Locale } from './messages';

const STORAGE_KEY = 'techmatch.locale';

interface LocaleChoice {
  locale: Locale;
  setLocale(locale: Locale): void;
}

// The formatters and parsed texts, kept across providers: when the api renders pages (server-render.tsx), each
// render would otherwise parse every text it shows again.
const intlCache = createIntlCache();

const LocaleContext = createContext<LocaleChoice>({ locale: 'nl', setLocale: () => undefined });

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch first; English when the visitor picks it (remembered in this browser). */
export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setState(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts this page.
    }
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  // The texts of the areas loaded so far (app/area-messages.ts); a lazy page waits for its area's texts.
  const areas = useSyncExternalStore(subscribeAreaMessages, shownAreaMessages, shownAreaMessages);
  const intl = useMemo(
    () => createIntl({ locale, defaultLocale: 'nl', messages: mergeMessages(areas, locale) }, intlCache),
    [areas, locale],
  );
  return (
    <LocaleContext.Provider value={value}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = (): LocaleChoice => useContext(LocaleContext);
