import type { AreaMessages } from '../../app/messages';

// Texts of the auth pages; ids start with "auth.".
export const messages: AreaMessages = {
  nl: {
    'auth.logIn.title': 'Inloggen',
    'auth.signUp.title': 'Aanmelden',
    'auth.notifications.title': 'Meldingen',
  },
  en: {},
};
