import { NotificationKind, WebLink } from '@app/core';
import type { Message } from '../notification.service';

/** To the contacts of a company a coordinator approved. */
export function companyApprovedText(companyName: string): Message {
  return {
    kind: NotificationKind.COMPANY_APPROVED,
    subject: `${companyName} is goedgekeurd`,
    body: `Uw bedrijf ${companyName} is goedgekeurd. U kunt nu activiteiten publiceren.`,
    link: WebLink.companyActivities,
  };
}

/** To the contacts of a company a coordinator turned down, with the coordinator's reason. */
export function companyRejectedText(companyName: string, reason: string): Message {
  return {
    kind: NotificationKind.COMPANY_REJECTED,
    subject: `${companyName} is nog niet goedgekeurd`,
    body:
      `Een coördinator heeft uw bedrijf ${companyName} nog niet goedgekeurd.\n\nReden: ${reason}\n\n` +
      'Pas de gegevens van uw bedrijf aan; daarmee vraagt u opnieuw om goedkeuring.',
    link: WebLink.companyProfile,
  };
}
