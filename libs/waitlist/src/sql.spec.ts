import { OfferStatus, WaitlistEventKind, WaitlistStatus } from './waitlist.domain';
import { literal } from './sql';

describe('literal', () => {
  it('quotes enum values for SQL', () => {
    expect(literal(OfferStatus.PENDING)).toBe("'PENDING'");
    expect(literal(WaitlistStatus.WITHDRAWN)).toBe("'WITHDRAWN'");
    expect(literal(WaitlistEventKind.OFFER_REMINDER_SENT)).toBe("'OFFER_REMINDER_SENT'");
  });

  it('refuses anything that could break out of the quotes', () => {
    expect(() => literal("X' OR '1'='1" as OfferStatus)).toThrow('Not an enum value for SQL');
  });
});
