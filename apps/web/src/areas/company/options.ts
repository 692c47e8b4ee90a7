import type { IntlShape } from 'react-intl';
import {
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  TargetGroup,
  THEMES,
} from '../../../../../libs/core/src/enums';
import { activityTypeLabel, levelLabel, programmeLabel, PROVINCES } from '../../components/labels';

// The choices of the company forms, each with its Dutch label, in the order of the domain's enums.

export interface Option {
  value: string;
  label: string;
}

/** 'gastles' → 'Gastles': labels stand alone in a list. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const typeOptions = (): Option[] =>
  Object.values(ActivityType).map((value) => ({ value, label: capitalised(activityTypeLabel(value)) }));

export const levelOptions = (): Option[] =>
  Object.values(EducationLevel).map((value) => ({ value, label: levelLabel(value) }));

export const themeOptions = (): Option[] =>
  THEMES.map((theme) => ({ value: theme, label: capitalised(theme) }));

export const provinceOptions = (): Option[] => PROVINCES;

/** The programme's own name; an independent provider has none, so it gets words. */
export function programmeName(intl: IntlShape, programme: string): string {
  return programmeLabel(programme) || intl.formatMessage({ id: 'company.programme.INDEPENDENT' });
}

export const programmeOptions = (intl: IntlShape): Option[] =>
  Object.values(Programme).map((value) => ({ value, label: programmeName(intl, value) }));

export const targetGroupOptions = (intl: IntlShape): Option[] =>
  Object.values(TargetGroup)
    // No choice means all pupils.
    .filter((value) => value !== TargetGroup.ALL_PUPILS)
    .map((value) => ({ value, label: intl.formatMessage({ id: `company.targetGroup.${value}` }) }));

export const deliveryOptions = (intl: IntlShape): Option[] =>
  Object.values(Delivery).map((value) => ({
    value,
    label: intl.formatMessage({ id: `company.delivery.${value}` }),
  }));

/** Jet-Net and Jet-Net Junior: the programmes with partner schools and a waiting list. */
export const PARTNER_PROGRAMMES = [Programme.JET_NET, Programme.JET_NET_JUNIOR] as const;
