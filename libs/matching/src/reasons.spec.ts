import { ActivityType, EducationLevel } from '@app/core';
import { proposalReasons } from './reasons';

const base = {
  type: ActivityType.GUEST_LESSON,
  requestLevels: [EducationLevel.HAVO, EducationLevel.VWO],
  supplyLevels: [EducationLevel.VWO, EducationLevel.HAVO, EducationLevel.MBO],
  requestThemes: ['energie', 'water'],
  sharedThemes: ['energie'],
  distanceKm: 12.3,
  maxTravelKm: 25,
  hadActivityThisYear: false,
  waitingDays: 34,
  periodStart: new Date('2025-09-01T00:00:00Z'),
  periodEnd: new Date('2026-01-31T00:00:00Z'),
  sessions: 2,
  sessionsWanted: 2,
};

describe('proposal reasons', () => {
  it('says in plain Dutch why a pair was proposed', () => {
    expect(proposalReasons(base)).toEqual([
      'Zelfde thema: energie',
      '12 km van school; het bedrijf reist tot 25 km',
      'Deze school had dit schooljaar nog geen activiteit',
      'Aanvraag wacht al 34 dagen',
      'Past bij havo en vwo',
      'Beide beschikbaar van 1 september 2025 tot en met 31 januari 2026',
    ]);
  });

  it('covers several themes, no theme, a near school, one day and a partial match', () => {
    const reasons = proposalReasons({
      ...base,
      sharedThemes: ['energie', 'water'],
      distanceKm: 0.4,
      maxTravelKm: 7.5,
      hadActivityThisYear: true,
      waitingDays: 1,
      sessions: 1,
      sessionsWanted: 3,
    });
    expect(reasons).toContain("Zelfde thema's: energie en water");
    expect(reasons).toContain('Minder dan 1 km van school; het bedrijf reist tot 7,5 km');
    expect(reasons).toContain('Aanvraag wacht al 1 dag');
    expect(reasons).toContain('1 van de 3 gevraagde sessies gastles');
    expect(reasons).not.toContain('Deze school had dit schooljaar nog geen activiteit');
    expect(proposalReasons({ ...base, requestThemes: [], sharedThemes: [] })[0]).toBe(
      'De school vroeg geen bepaald thema',
    );
  });
});
