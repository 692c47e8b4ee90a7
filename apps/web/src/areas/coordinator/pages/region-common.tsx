import { Checkbox } from '@utrecht/component-library-react';
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useSession } from '../../../app/session';
import { PROVINCES, activityTypeLabel, levelLabel, provinceLabel } from '../../../components/labels';
import { SelectField } from '../../../components/Field';

// What the coordinator pages of web-coord share: the own provinces, Dutch labels, dates.

/** "gastles" → "Gastles": the domain's labels are lower case, table headings start with a capital. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);

export const typeName = (type: string): string => capitalise(activityTypeLabel(type));

/** "havo, vwo". */
export const levelNames = (levels: readonly string[]): string => levels.map(levelLabel).join(', ');

/** The provinces a coordinator works in (every province for an admin, who has none of their own). */
export function useOwnProvinces(): string[] {
  const { me } = useSession();
  const own = me?.provinces ?? [];
  return own.length ? PROVINCES.filter((p) => own.includes(p.value as never)).map((p) => p.value) : [];
}

/** The province in the URL when it is one of `own`, else the first of `own`. */
export function chosenProvince(own: readonly string[], fromUrl: string | undefined): string | undefined {
  if (fromUrl && (own.length === 0 || own.includes(fromUrl))) return fromUrl;
  return own[0] ?? fromUrl ?? PROVINCES[0]?.value;
}

/** A province picker over the own provinces (all for an admin). */
export function ProvinceSelect({
  value,
  onChange,
  allLabel,
  id,
}: {
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** When given, a first option for every own province together. */
  allLabel?: string;
  id: string;
}) {
  const intl = useIntl();
  const own = useOwnProvinces();
  const choices = own.length ? own : PROVINCES.map((p) => p.value);
  return (
    <SelectField
      id={id}
      label={intl.formatMessage({ id: 'coordinator.region.province' })}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      {allLabel ? <option value="">{allLabel}</option> : null}
      {choices.map((p) => (
        <option key={p} value={p}>
          {provinceLabel(p)}
        </option>
      ))}
    </SelectField>
  );
}

/** `3 mrt 2026`, on the Dutch calendar: for tables. */
export function useShortDay(): (iso: string) => string {
  const intl = useIntl();
  return (iso) =>
    intl.formatDate(iso, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

/** `3 mrt 2026, 14:05` (with seconds when asked: runs a minute apart), Dutch time. */
export function useMoment(withSeconds = false): (iso: string) => string {
  const intl = useIntl();
  return (iso) =>
    intl.formatDate(iso, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
      timeZone: 'Europe/Amsterdam',
    });
}

/** A labelled checkbox whose whole line is the target (at least 44px high). */
export const CheckboxField = forwardRef<
  HTMLInputElement,
  { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>
>(function CheckboxField({ label, id: givenId, ...input }, ref) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className="tm-co-check">
      <Checkbox id={id} ref={ref} {...input} />
      <label htmlFor={id} className="tm-co-check__label">
        {label}
      </label>
    </div>
  );
});

/** OPEN / MATCHED / WITHDRAWN of requests and offers, in words. */
export function usePostingStatus(): (status: string) => string {
  const intl = useIntl();
  return (status) =>
    intl.messages[`coordinator.posting.status.${status}`]
      ? intl.formatMessage({ id: `coordinator.posting.status.${status}` })
      : status;
}
