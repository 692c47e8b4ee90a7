import { EducationLevel, PRIMARY_LEVELS, Programme, VMBO_LEVELS } from './enums';

const HAVO_VWO = [EducationLevel.HAVO, EducationLevel.VWO];

/**
 * The levels each programme serves, as domain.md describes its audience: the schools a programme could reach
 * (a school counts when it teaches at least one of them). Reach reports count the unreached among these.
 */
export const PROGRAMME_LEVELS: Record<Programme, readonly EducationLevel[]> = {
  // havo/vwo, later also vmbo (TechNet merged into it).
  [Programme.JET_NET]: [...VMBO_LEVELS, ...HAVO_VWO],
  [Programme.JET_NET_JUNIOR]: [...PRIMARY_LEVELS],
  // vmbo to mbo.
  [Programme.TECHNET]: [...VMBO_LEVELS, EducationLevel.MBO],
  // Talentenkijker for groep 7-8, speeddates and guest lessons in secondary schools.
  [Programme.VHTO]: [EducationLevel.PO_BOVENBOUW, ...VMBO_LEVELS, ...HAVO_VWO],
  // Groep 8 and vmbo 1-2.
  [Programme.JINC]: [EducationLevel.PO_BOVENBOUW, ...VMBO_LEVELS],
  // Teachers of secondary schools.
  [Programme.STEM_TEACHER_ACADEMY]: [...VMBO_LEVELS, ...HAVO_VWO],
  [Programme.WETENSCHAPSKNOOPPUNT]: [...PRIMARY_LEVELS],
  [Programme.INDEPENDENT]: Object.values(EducationLevel),
};
