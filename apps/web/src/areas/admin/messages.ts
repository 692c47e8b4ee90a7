import type { AreaMessages } from '../../app/messages';

// Texts of the admin pages; ids start with "admin.".
export const messages: AreaMessages = {
  nl: {
    'admin.home.title': 'Beheer',
  },
  en: {},
};
