import type { AreaMessages } from '../../app/messages';

// Texts of the public pages; ids start with "public.".
export const messages: AreaMessages = {
  nl: {
    'public.search.title': 'Activiteiten zoeken',
    'public.accessibility.title': 'Toegankelijkheid',
    'public.about.title': 'Over TechMatch',
  },
  en: {
    'public.search.title': 'Find activities',
  },
};
