import {
  ACTIVITY_TYPE_LABELS,
  ActivityType,
  LEVEL_LABELS,
  dutchDate,
  dutchList,
  type EducationLevel,
} from '@app/core';

export interface ReasonInput {
  type: ActivityType;
  requestLevels: readonly EducationLevel[];
  supplyLevels: readonly EducationLevel[];
  requestThemes: readonly string[];
  sharedThemes: readonly string[];
  distanceKm: number;
  maxTravelKm: number;
  hadActivityThisYear: boolean;
  waitingDays: number;
  periodStart: Date;
  periodEnd: Date;
  sessions: number;
  sessionsWanted: number;
}

const KM = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Why a pair was proposed, in plain Dutch sentences a coordinator can pass on to school and company. */
export function proposalReasons(input: ReasonInput): string[] {
  const reasons: string[] = [];
  if (input.sharedThemes.length === 1) reasons.push(`Zelfde thema: ${input.sharedThemes[0]}`);
  else if (input.sharedThemes.length > 1) reasons.push(`Zelfde thema's: ${dutchList(input.sharedThemes)}`);
  else if (input.requestThemes.length === 0) reasons.push('De school vroeg geen bepaald thema');

  const km = Math.round(input.distanceKm);
  const distance = km < 1 ? 'Minder dan 1 km van school' : `${km} km van school`;
  const reach = `het bedrijf reist tot ${KM.format(input.maxTravelKm)} km`;
  reasons.push(`${distance}; ${input.type === ActivityType.WEBCAST ? 'online te volgen' : reach}`);

  if (!input.hadActivityThisYear) reasons.push('Deze school had dit schooljaar nog geen activiteit');
  if (input.waitingDays >= 1) {
    reasons.push(`Aanvraag wacht al ${input.waitingDays} ${input.waitingDays === 1 ? 'dag' : 'dagen'}`);
  }
  const levels = input.requestLevels.filter((level) => input.supplyLevels.includes(level));
  reasons.push(`Past bij ${dutchList(levels.map((level) => LEVEL_LABELS[level]))}`);
  reasons.push(
    `Beide beschikbaar van ${dutchDate(input.periodStart)} tot en met ${dutchDate(input.periodEnd)}`,
  );
  if (input.sessions < input.sessionsWanted) {
    reasons.push(
      `${input.sessions} van de ${input.sessionsWanted} gevraagde sessies ${ACTIVITY_TYPE_LABELS[input.type]}`,
    );
  }
  return reasons;
}
