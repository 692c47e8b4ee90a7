import { EducationLevel, Programme } from '@app/core';
import { durationToMs, validateEnvironment } from '@app/config';
import { describeWait, expectedWaitDays, ineligibility } from './waitlist.domain';

describe('waiting-list eligibility', () => {
  it('admits havo, vwo and vmbo schools to Jet-Net and primary schools to Jet-Net Junior', () => {
    expect(ineligibility(Programme.JET_NET, [EducationLevel.HAVO])).toBeNull();
    expect(ineligibility(Programme.JET_NET, [EducationLevel.VWO])).toBeNull();
    expect(ineligibility(Programme.JET_NET, [EducationLevel.VMBO_KB])).toBeNull();
    expect(ineligibility(Programme.JET_NET_JUNIOR, [EducationLevel.PO_BOVENBOUW])).toBeNull();
  });

  it('refuses the others with a reason', () => {
    expect(ineligibility(Programme.JET_NET, [EducationLevel.PO_BOVENBOUW])).toMatch(/havo, vwo or vmbo/);
    expect(ineligibility(Programme.JET_NET, [])).toMatch(/havo, vwo or vmbo/);
    expect(ineligibility(Programme.JET_NET_JUNIOR, [EducationLevel.HAVO])).toMatch(/primary/);
    expect(ineligibility(Programme.VHTO, [EducationLevel.HAVO])).toMatch(/keeps no waiting list/);
  });
});

describe('expected waiting time', () => {
  it('divides the position by the placements of the last twelve months', () => {
    expect(expectedWaitDays(1, 12)).toBe(31);
    expect(expectedWaitDays(3, 1)).toBe(1095);
    expect(expectedWaitDays(1, 1000)).toBe(1);
  });

  it('has no estimate without placements', () => {
    expect(expectedWaitDays(4, 0)).toBeNull();
    expect(describeWait(null)).toBe('no estimate yet');
  });

  it('says it in words', () => {
    expect(describeWait(1)).toBe('about 1 day');
    expect(describeWait(10)).toBe('about 10 days');
    expect(describeWait(21)).toBe('about 3 weeks');
    expect(describeWait(365)).toBe('about 12 months');
    expect(describeWait(1095)).toBe('about 3 years');
  });
});

describe('WAITLIST_RECONCILE_EVERY', () => {
  it('defaults to a minute, accepts durations and 0, and refuses anything else at boot', () => {
    expect(durationToMs(validateEnvironment({}).WAITLIST_RECONCILE_EVERY)).toBe(60_000);
    expect(
      durationToMs(validateEnvironment({ WAITLIST_RECONCILE_EVERY: '30s' }).WAITLIST_RECONCILE_EVERY),
    ).toBe(30_000);
    expect(
      durationToMs(validateEnvironment({ WAITLIST_RECONCILE_EVERY: '0' }).WAITLIST_RECONCILE_EVERY),
    ).toBe(0);
    expect(() => validateEnvironment({ WAITLIST_RECONCILE_EVERY: 'soon' })).toThrow(
      /WAITLIST_RECONCILE_EVERY/,
    );
  });
});
