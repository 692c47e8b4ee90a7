import type { OutgoingMail } from '../mailer';

/** An account e-mail: sent to one address, never stored as an in-app notification. */
export type AccountMail = Pick<OutgoingMail, 'subject' | 'text'>;

/** The e-mails about the account itself. */
export const AccountTexts = {
  /** The one-time link to choose a new password, valid for `validMinutes`. */
  passwordReset(name: string, link: string, validMinutes: number): AccountMail {
    return {
      subject: 'Nieuw wachtwoord voor TechMatch',
      text:
        `Beste ${name},\n\n` +
        `Er is gevraagd om een nieuw wachtwoord voor uw TechMatch-account. ` +
        `Kies een nieuw wachtwoord via deze link:\n\n${link}\n\n` +
        `De link werkt één keer en is ${validMinutes} minuten geldig. ` +
        `Heeft u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.\n\n` +
        `Met vriendelijke groet,\nTechMatch`,
    };
  },

  /** The one-time link that confirms the address of a new account, valid for `validDays`. */
  emailVerification(name: string, link: string, validDays: number): AccountMail {
    return {
      subject: 'Bevestig uw e-mailadres voor TechMatch',
      text:
        `Beste ${name},\n\n` +
        `Welkom bij TechMatch. Bevestig uw e-mailadres via deze link:\n\n${link}\n\n` +
        `De link werkt één keer en is ${validDays} dagen geldig. ` +
        `Heeft u geen account aangemaakt? Dan kunt u deze e-mail negeren.\n\n` +
        `Met vriendelijke groet,\nTechMatch`,
    };
  },

  /**
   * To the owner of an address someone tried to sign up with: sign-up answers as for a new address (it must not
   * tell who has an account), so the owner hears it here, with a way in: log in, or a one-time link to choose a
   * new password, valid for `validMinutes`.
   */
  signUpAttempt(name: string, logInLink: string, resetLink: string, validMinutes: number): AccountMail {
    return {
      subject: 'Aanmelding met uw e-mailadres bij TechMatch',
      text:
        `Beste ${name},\n\n` +
        `Zojuist probeerde iemand een nieuw TechMatch-account aan te maken met dit e-mailadres. ` +
        `Er is al een account met dit adres, dus er is geen nieuw account gemaakt.\n\n` +
        `Was u dat zelf? Log dan in met uw bestaande account:\n\n${logInLink}\n\n` +
        `Weet u uw wachtwoord niet meer? Kies een nieuw wachtwoord via deze link:\n\n${resetLink}\n\n` +
        `De link werkt één keer en is ${validMinutes} minuten geldig.\n\n` +
        `Was u het niet? Dan hoeft u niets te doen: uw account en wachtwoord blijven zoals ze zijn.\n\n` +
        `Met vriendelijke groet,\nTechMatch`,
    };
  },
};
