import type { AreaMessages } from '../../app/messages';

// Texts of the coordinator pages; ids start with "coordinator.".
export const messages: AreaMessages = {
  nl: {
    'coordinator.home.title': 'Mijn regio',
  },
  en: {},
};
