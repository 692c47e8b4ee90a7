import { NotificationKind, PROGRAMME_LABELS, dutchDateTime, type Programme, WebLink } from '@app/core';
import type { Message } from '../notification.service';

/** A partner company location as the waiting list's messages name it. */
export interface PartnerPlace {
  companyName: string;
  locationName: string;
  city: string;
}

/** "Company (location, city)". */
export const partnerPlace = (partner: PartnerPlace) =>
  `${partner.companyName} (${partner.locationName}, ${partner.city})`;

// An offer that ended without a placement; the school keeps its place either way.
const ended = (name: string, how: string, why: string): Message => ({
  kind: NotificationKind.PARTNER_OFFER_EXPIRED,
  subject: `Aanbod ${name}-partner ${how}`,
  body: `Het aanbod van een ${name}-partner is ${how}${why}. Uw school houdt haar plaats op de wachtlijst.`,
  link: WebLink.waitlist,
});

/** The waiting list's notifications to schools and companies. */
export const WaitlistTexts = {
  /** To the teachers of a school: a partner place is offered until `expiresAt`. */
  offered(programme: Programme, partner: PartnerPlace, expiresAt: Date): Message {
    const name = PROGRAMME_LABELS[programme];
    return {
      kind: NotificationKind.PARTNER_OFFER,
      subject: `Aanbod: ${name}-partner ${partner.companyName}`,
      body:
        `${partnerPlace(partner)} biedt uw school een plaats als ${name}-partner aan. ` +
        `Het aanbod staat open tot ${dutchDateTime(expiresAt)}; neem het aan of wijs het af in TechMatch.`,
      link: WebLink.waitlist,
    };
  },

  reminder(programme: Programme, expiresAt: Date): Message {
    const name = PROGRAMME_LABELS[programme];
    return {
      kind: NotificationKind.PARTNER_OFFER_REMINDER,
      subject: `Herinnering: aanbod ${name}-partner`,
      body: `Het aanbod van een ${name}-partner verloopt op ${dutchDateTime(expiresAt)}. Neem het aan of wijs het af in TechMatch.`,
      link: WebLink.waitlist,
    };
  },

  expired(programme: Programme): Message {
    return ended(PROGRAMME_LABELS[programme], 'verlopen', ' zonder antwoord');
  },

  /** The company lowered its capacity below what it had offered. */
  revokedByCompany(programme: Programme): Message {
    return ended(PROGRAMME_LABELS[programme], 'ingetrokken', ': het bedrijf neemt minder partnerscholen aan');
  },

  /** To the teachers of the school that was placed. */
  placed(programme: Programme, partner: PartnerPlace): Message {
    const name = PROGRAMME_LABELS[programme];
    return {
      kind: NotificationKind.PLACED,
      subject: `Geplaatst: ${name}-partner ${partner.companyName}`,
      body: `Uw school is geplaatst bij ${partnerPlace(partner)} als ${name}-partner.`,
      link: WebLink.waitlist,
    };
  },

  /** To the contacts of the company that takes the school. */
  partnerSchool(
    programme: Programme,
    partner: PartnerPlace,
    school: { name: string; city: string },
  ): Message {
    const name = PROGRAMME_LABELS[programme];
    return {
      kind: NotificationKind.PLACED,
      subject: `Nieuwe ${name}-partnerschool: ${school.name}`,
      body: `${school.name} (${school.city}) is geplaatst als ${name}-partnerschool van ${partnerPlace(partner)}.`,
      link: WebLink.waitlist,
    };
  },
};
