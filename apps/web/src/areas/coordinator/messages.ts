import type { AreaMessages } from '../../app/messages';
import { regionMessages } from './region.messages';

// Texts of the coordinator pages; ids start with "coordinator.".
export const messages: AreaMessages = {
  nl: {
    'coordinator.home.title': 'Mijn regio',
    ...regionMessages.nl,
  },
  en: {
    'coordinator.home.title': 'My region',
    ...regionMessages.en,
  },
};
