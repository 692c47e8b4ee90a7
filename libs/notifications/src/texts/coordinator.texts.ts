import { NotificationKind, PROVINCE_NAMES, type Province, WebLink } from '@app/core';
import type { Message } from '../notification.service';

/** For the coordinators: a company signed up and waits for their approval. */
export function companyRegisteredText(v: { companyName: string; city: string; province: Province }): Message {
  return {
    kind: NotificationKind.COMPANY_REGISTERED,
    subject: `Nieuw bedrijf wacht op goedkeuring: ${v.companyName}`,
    body:
      `${v.companyName} (${v.city}, ${PROVINCE_NAMES[v.province]}) heeft zich aangemeld en wacht op ` +
      'goedkeuring.',
    link: WebLink.coordinatorCompanies,
  };
}
