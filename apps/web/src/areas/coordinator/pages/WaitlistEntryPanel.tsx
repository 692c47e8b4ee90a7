import { useFragment } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  SecondaryActionButton,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { programmeLabel, provinceLabel } from '../../../components/labels';
import type { WaitlistEntryFieldsFragment } from '../../../gql/graphql';
import { formatMoment } from './coordinator-format';
import { WaitlistEntryFields } from './waitlist-documents';
import { WaitlistHistory } from './WaitlistHistory';
import { WaitlistPlacementForm } from './WaitlistPlacementForm';
import { WaitlistPriorityForm } from './WaitlistPriorityForm';

/**
 * One entry opened from the list (?inschrijving=…): its facts, priority and manual placement, and its history.
 * It reads the entry from the cache, so it stays after a placement takes the school off the list shown.
 */
export function WaitlistEntryPanel({
  entryId,
  listLoaded,
  onClose,
}: {
  entryId: string;
  listLoaded: boolean;
  onClose: () => void;
}) {
  const { data, complete } = useFragment({
    fragment: WaitlistEntryFields,
    fragmentName: 'WaitlistEntryFields',
    from: { __typename: 'WaitlistEntry', id: entryId },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (complete) heading.current?.focus();
  }, [complete]);

  if (!complete) {
    return listLoaded ? (
      <section className="tm-cw-panel" aria-labelledby="tm-entry-missing">
        <Heading2 id="tm-entry-missing">
          <FormattedMessage id="coordinator.waitlist.entry.missing.title" />
        </Heading2>
        <Paragraph>
          <FormattedMessage id="coordinator.waitlist.entry.missing.body" />{' '}
          <Link
            from="/coordinator/wachtlijst"
            to="/coordinator/wachtlijst"
            search={(prev) => ({ ...prev, toon: 'alle' as const })}
          >
            <FormattedMessage id="coordinator.waitlist.show.all" />
          </Link>
        </Paragraph>
      </section>
    ) : null;
  }
  const entry = data;
  const open = entry.status === 'WAITING' || entry.status === 'OFFERED';
  return (
    <section className="tm-cw-panel" aria-labelledby="tm-entry-title">
      <Heading2 id="tm-entry-title" ref={heading} tabIndex={-1} className="tm-cw-panel__title">
        {entry.school.name}
      </Heading2>
      <p role="status" className="tm-cw-confirmation">
        {done}
      </p>
      <EntryFacts entry={entry} />
      {open ? (
        <div className="tm-cw-panel__forms">
          <WaitlistPriorityForm entry={entry} onDone={setDone} />
          <WaitlistPlacementForm entry={entry} onDone={setDone} />
        </div>
      ) : null}
      <WaitlistHistory entry={entry} />
      <SecondaryActionButton type="button" onClick={onClose}>
        <FormattedMessage id="coordinator.waitlist.entry.close" />
      </SecondaryActionButton>
    </section>
  );
}

function EntryFacts({ entry }: { entry: WaitlistEntryFieldsFragment }) {
  const intl = useIntl();
  const fact = (id: string, value: string) => (
    <DataListItem key={id}>
      <DataListKey>
        <FormattedMessage id={`coordinator.waitlist.entry.${id}`} />
      </DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );
  const offer = entry.currentOffer;
  return (
    <DataList className="tm-cw-facts">
      {fact('school', `${entry.school.name}, ${entry.school.city} (${entry.school.vestigingscode})`)}
      {fact('programme', `${programmeLabel(entry.programme)}, ${provinceLabel(entry.province)}`)}
      {fact('status', intl.formatMessage({ id: `coordinator.waitlist.status.${entry.status}` }))}
      {entry.position !== null ? fact('position', String(entry.position)) : null}
      {fact('priority', String(entry.priority))}
      {fact('joined', formatMoment(intl, entry.joinedAt))}
      {offer
        ? fact(
            'offer',
            intl.formatMessage(
              { id: 'coordinator.waitlist.offer' },
              {
                company: offer.location.company.name,
                location: offer.location.name,
                expires: formatMoment(intl, offer.expiresAt),
              },
            ),
          )
        : null}
      {entry.partner
        ? fact(
            'partner',
            intl.formatMessage(
              { id: 'coordinator.waitlist.placedWith' },
              { company: entry.partner.company.name, location: entry.partner.name },
            ),
          )
        : null}
    </DataList>
  );
}
