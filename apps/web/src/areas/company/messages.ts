import type { AreaMessages } from '../../app/messages';

// Texts of the company pages; ids start with "company.".
export const messages: AreaMessages = {
  nl: {
    'company.home.title': 'Mijn bedrijf',
  },
  en: {},
};
