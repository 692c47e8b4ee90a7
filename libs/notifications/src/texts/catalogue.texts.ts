import { NotificationKind } from '@app/core';
import type { Message } from '../notification.service';

/** To the contacts of a company a coordinator approved. */
export function companyApprovedText(companyName: string): Message {
  return {
    kind: NotificationKind.COMPANY_APPROVED,
    subject: `${companyName} is goedgekeurd`,
    body: `Uw bedrijf ${companyName} is goedgekeurd. U kunt nu activiteiten publiceren.`,
  };
}
