import { useMutation } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { activityTypeLabel, levelLabel, provinceLabel } from '../../../components/labels';
import { formatList, formatPeriod } from '../format';
import { capitalised } from '../options';
import { WithdrawSupplyOfferDoc, type SupplyOffer } from '../supply-data';
import { ConfirmButton } from './ConfirmButton';

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** One supply offer with the provinces it reaches; an open one can be changed or withdrawn. */
export function SupplyOfferCard({
  offer,
  onDone,
}: {
  offer: SupplyOffer;
  onDone(feedback: { message: string | null; problems: Problem[] }): void;
}) {
  const intl = useIntl();
  const [withdraw, { loading }] = useMutation(WithdrawSupplyOfferDoc);
  const headingId = `offer-${offer.id}`;
  const t = (id: string) => intl.formatMessage({ id: `company.supply.${id}` });
  const title = `${capitalised(activityTypeLabel(offer.type))} · ${offer.location.name}`;
  const open = offer.status === 'OPEN';
  return (
    <article aria-labelledby={headingId} className="tm-company-card">
      <Heading2 id={headingId} className="tm-company-card__title">
        {title}
      </Heading2>
      <p className="tm-company-badge" data-status={offer.status}>
        <FormattedMessage id={`company.offerStatus.${offer.status}`} />
      </p>
      <DataList className="tm-company-facts">
        <Fact label={t('reach')}>
          <ul className="tm-company-inline-list">
            {offer.reachProvinces.map((province) => (
              <li key={province}>{provinceLabel(province)}</li>
            ))}
          </ul>
        </Fact>
        <Fact label={t('period')}>{formatPeriod(intl, offer.periodStart, offer.periodEnd)}</Fact>
        <Fact label={t('sessions')}>
          <FormattedMessage
            id="company.supply.sessionsValue"
            values={{ remaining: offer.sessionsRemaining, total: offer.sessions }}
          />
        </Fact>
        <Fact label={t('levels')}>{formatList(intl, offer.levels.map(levelLabel))}</Fact>
        {offer.themes.length ? <Fact label={t('themes')}>{formatList(intl, offer.themes)}</Fact> : null}
        <Fact label={t('travel')}>
          <FormattedMessage
            id="company.supply.travelValue"
            values={{ km: offer.maxTravelKm, city: offer.location.city }}
          />
        </Fact>
        <Fact label={t('activity')}>{offer.activity?.title ?? t('noActivityYet')}</Fact>
      </DataList>
      {open ? (
        <ButtonGroup className="tm-company-card__actions">
          <Link
            from="/bedrijf/aanbod"
            to="/bedrijf/aanbod"
            search={(prev) => ({ ...prev, formulier: offer.id })}
            className="tm-company-link-button"
            aria-describedby={headingId}
          >
            <FormattedMessage id="company.supply.edit" />
          </Link>
          <ConfirmButton
            label={<FormattedMessage id="company.supply.withdraw" />}
            question={<FormattedMessage id="company.supply.withdrawQuestion" />}
            confirmLabel={<FormattedMessage id="company.supply.withdrawConfirm" />}
            busy={loading}
            describedBy={headingId}
            onConfirm={async () => {
              try {
                await withdraw({ variables: { id: offer.id } });
                onDone({
                  message: intl.formatMessage({ id: 'company.supply.withdrawn' }, { title }),
                  problems: [],
                });
              } catch (error) {
                onDone({ message: null, problems: problemsOf(error) });
              }
            }}
          />
        </ButtonGroup>
      ) : null}
    </article>
  );
}
