import { Programme } from '@app/core';

/** A notification's kind and its Dutch text. */
export interface Message {
  kind: string;
  subject: string;
  body: string;
}

/** A partner location as the texts name it. */
export interface Partner {
  companyName: string;
  locationName: string;
  city: string;
}

const PROGRAMME_NAMES: Partial<Record<Programme, string>> = {
  [Programme.JET_NET]: 'Jet-Net',
  [Programme.JET_NET_JUNIOR]: 'Jet-Net Junior',
};
const nameOf = (programme: Programme) => PROGRAMME_NAMES[programme] ?? programme;

// One formatter for all (toLocaleString builds a new one on every call, about 50 µs each).
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** "Company (location, city)". */
export const placeOf = (partner: Partner) =>
  `${partner.companyName} (${partner.locationName}, ${partner.city})`;

/** The waiting list's notifications, in Dutch. */
export const WaitlistMessages = {
  offered(programme: Programme, partner: Partner, expiresAt: Date): Message {
    const name = nameOf(programme);
    return {
      kind: 'WAITLIST_OFFER',
      subject: `Aanbod: ${name}-partner ${partner.companyName}`,
      body:
        `${placeOf(partner)} biedt uw school een plaats als ${name}-partner aan. ` +
        `Het aanbod staat open tot ${DUTCH_DATE.format(expiresAt)}; neem het aan of wijs het af in TechMatch.`,
    };
  },

  reminder(programme: Programme, expiresAt: Date): Message {
    const name = nameOf(programme);
    return {
      kind: 'WAITLIST_OFFER_REMINDER',
      subject: `Herinnering: aanbod ${name}-partner`,
      body: `Het aanbod van een ${name}-partner verloopt op ${DUTCH_DATE.format(expiresAt)}. Neem het aan of wijs het af in TechMatch.`,
    };
  },

  expired(programme: Programme): Message {
    const name = nameOf(programme);
    return {
      kind: 'WAITLIST_OFFER_EXPIRED',
      subject: `Aanbod ${name}-partner verlopen`,
      body:
        `Het aanbod van een ${name}-partner is verlopen zonder antwoord. ` +
        'Uw school houdt haar plaats op de wachtlijst.',
    };
  },

  revoked(programme: Programme, why: string): Message {
    const name = nameOf(programme);
    return {
      kind: 'WAITLIST_OFFER_REVOKED',
      subject: `Aanbod ${name}-partner ingetrokken`,
      body: `Het aanbod van een ${name}-partner is ingetrokken (${why}). Uw school houdt haar plaats op de wachtlijst.`,
    };
  },

  /** To the school that was placed. */
  placed(programme: Programme, partner: Partner): Message {
    const name = nameOf(programme);
    return {
      kind: 'WAITLIST_PLACED',
      subject: `Geplaatst: ${name}-partner ${partner.companyName}`,
      body: `Uw school is geplaatst bij ${placeOf(partner)} als ${name}-partner.`,
    };
  },

  /** To the company that takes the school. */
  partnerSchool(programme: Programme, partner: Partner, school: { name: string; city: string }): Message {
    const name = nameOf(programme);
    return {
      kind: 'WAITLIST_PLACED',
      subject: `Nieuwe ${name}-partnerschool: ${school.name}`,
      body: `${school.name} (${school.city}) is geplaatst als ${name}-partnerschool van ${placeOf(partner)}.`,
    };
  },
};
