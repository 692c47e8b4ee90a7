import type { AreaMessages } from '../../app/messages';

// Texts of the teacher pages; ids start with "teacher.".
export const messages: AreaMessages = {
  nl: {
    'teacher.home.title': 'Mijn start',
  },
  en: {},
};
