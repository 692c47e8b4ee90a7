import { Checkbox, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import { PROVINCES } from '../../../components/labels';

/** Checkboxes of the twelve provinces by their Dutch names; the choice lives in the URL of the page using it. */
export function ProvinceFilter({ chosen, onChange }: { chosen: string[]; onChange(next: string[]): void }) {
  return (
    <Fieldset className="tm-field tm-company-choices">
      <FieldsetLegend>
        <FormattedMessage id="company.supply.provinceFilter" />
      </FieldsetLegend>
      <div className="tm-company-choices__list tm-company-choices__list--columns">
        {PROVINCES.map((province) => (
          <label key={province.value} className="tm-company-choice">
            <Checkbox
              checked={chosen.includes(province.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, province.value]
                    : chosen.filter((value) => value !== province.value),
                )
              }
            />
            <span>{province.label}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
