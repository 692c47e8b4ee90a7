import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useLoadProblems } from '../components/load-problems';
import { programmeLabel, provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { TeacherWaitlistEntryFragment } from '../../../gql/graphql';
import { formatDay, formatDayTime } from '../dates';
import { StatusMessage } from '../components/StatusMessage';
import { VerificationNotice, canActForSchool } from '../components/VerificationNotice';
import { WaitlistHistory } from '../components/WaitlistHistory';
import { WithdrawWaitlistForm } from '../components/WithdrawWaitlistForm';
import { eligibleProgrammes, waitText, type WaitlistProgramme } from '../waitlist';
import '../teacher.css';
import { Loading } from '../../../components/Loading';

graphql(`
  fragment TeacherWaitlistEntry on WaitlistEntry {
    id
    programme
    province
    status
    position
    expectedWaitDays
    joinedAt
    placedAt
    partner {
      id
      name
      city
      company {
        id
        name
      }
    }
    currentOffer {
      id
      createdAt
      expiresAt
      status
      location {
        id
        name
        city
        company {
          id
          name
        }
      }
    }
    events {
      at
      kind
      actorRole
      note
    }
  }
`);

const MyWaitlistDoc = graphql(`
  query MyWaitlist {
    me {
      id
      school {
        id
        name
        levels
        province
      }
    }
    myWaitlistEntries {
      ...TeacherWaitlistEntry
    }
  }
`);

const JoinWaitlistDoc = graphql(`
  mutation JoinWaitlist($programme: Programme!) {
    joinWaitlist(programme: $programme) {
      ...TeacherWaitlistEntry
    }
  }
`);

const WithdrawFromWaitlistDoc = graphql(`
  mutation WithdrawFromWaitlist($entryId: ID!, $reason: String) {
    withdrawFromWaitlist(entryId: $entryId, reason: $reason) {
      ...TeacherWaitlistEntry
    }
  }
`);

const RespondToPartnerOfferDoc = graphql(`
  mutation RespondToPartnerOffer($offerId: ID!, $accept: Boolean!) {
    respondToPartnerOffer(offerId: $offerId, accept: $accept) {
      ...TeacherWaitlistEntry
    }
  }
`);

type Entry = TeacherWaitlistEntryFragment;

const REFETCH = { refetchQueries: ['MyWaitlist', 'TeacherHome'], awaitRefetchQueries: true };

/** /docent/wachtlijst: the school's place on the Jet-Net waiting lists, its offers and their history. */
export function WaitlistPage() {
  const intl = useIntl();
  const search = useSearch({ from: '/docent/wachtlijst' });
  const navigate = useNavigate({ from: '/docent/wachtlijst' });
  const { me } = useSession();
  const { data, loading, error } = useQuery(MyWaitlistDoc);
  const loadProblems = useLoadProblems(error, data);
  const [join] = useMutation(JoinWaitlistDoc, REFETCH);
  const [withdraw] = useMutation(WithdrawFromWaitlistDoc, REFETCH);
  const [respond] = useMutation(RespondToPartnerOfferDoc, REFETCH);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState<string | null>(null);

  const school = data?.me?.school;
  const entries = data?.myWaitlistEntries ?? [];
  const active = entries.filter((entry) => entry.status !== 'WITHDRAWN');
  const past = entries.filter((entry) => entry.status === 'WITHDRAWN');
  const mayAct = me ? canActForSchool(me) : false;
  const joinable = eligibleProgrammes(school?.levels ?? []).filter(
    (programme) => !active.some((entry) => entry.programme === programme),
  );

  const run = async (key: string, work: () => Promise<unknown>, done: string): Promise<Problem[]> => {
    setBusy(key);
    setMessage(null);
    setProblems([]);
    try {
      await work();
      setMessage(done);
      if (search.afmelden || search.afwijzen) await navigate({ search: {}, replace: true });
      return [];
    } catch (caught) {
      return problemsOf(caught);
    } finally {
      setBusy(null);
    }
  };
  const show = (found: Problem[]) => setProblems(found);

  const joinList = async (programme: WaitlistProgramme) =>
    show(
      await run(
        programme,
        () => join({ variables: { programme } }),
        intl.formatMessage({ id: 'teacher.waitlist.joined' }, { programme: programmeLabel(programme) }),
      ),
    );

  const answer = async (entry: Entry, accept: boolean) => {
    const offer = entry.currentOffer;
    if (!offer) return;
    show(
      await run(
        offer.id,
        () => respond({ variables: { offerId: offer.id, accept } }),
        intl.formatMessage(
          { id: accept ? 'teacher.waitlist.offer.accepted' : 'teacher.waitlist.offer.declined' },
          { company: offer.location.company.name, programme: programmeLabel(entry.programme) },
        ),
      ),
    );
  };

  const offerBox = (entry: Entry) => {
    const offer = entry.currentOffer;
    if (!offer || offer.status !== 'PENDING') return null;
    const declining = search.afwijzen === offer.id;
    const headingId = `aanbod-${offer.id}`;
    return (
      <section aria-labelledby={headingId} className="tm-teacher-offer">
        <Heading3 id={headingId}>
          <FormattedMessage
            id="teacher.waitlist.offer.title"
            values={{ company: offer.location.company.name }}
          />
        </Heading3>
        <Paragraph>
          <FormattedMessage
            id="teacher.waitlist.offer.body"
            values={{
              company: offer.location.company.name,
              location: offer.location.name,
              city: offer.location.city,
              programme: programmeLabel(entry.programme),
            }}
          />
        </Paragraph>
        <Paragraph>
          <strong>
            <FormattedMessage
              id="teacher.waitlist.offer.expires"
              values={{ expires: formatDayTime(intl, offer.expiresAt) }}
            />
          </strong>
        </Paragraph>
        {!mayAct ? null : declining ? (
          <div role="group" aria-labelledby={`${headingId}-confirm`} className="tm-teacher-confirm">
            <p id={`${headingId}-confirm`}>
              <FormattedMessage id="teacher.waitlist.offer.declineConfirm" />
            </p>
            <div className="tm-teacher-actions">
              <Button
                appearance="primary-action-button"
                hint="danger"
                busy={busy === offer.id}
                disabled={busy !== null}
                onClick={() => void answer(entry, false)}
              >
                <FormattedMessage id="teacher.waitlist.offer.declineYes" />
              </Button>
              <Link
                activeOptions={{ exact: true }}
                to="/docent/wachtlijst"
                search={{}}
                className="tm-teacher-link-action"
              >
                <FormattedMessage id="teacher.waitlist.offer.declineNo" />
              </Link>
            </div>
          </div>
        ) : (
          <div className="tm-teacher-actions">
            <Button
              appearance="primary-action-button"
              busy={busy === offer.id}
              disabled={busy !== null}
              onClick={() => void answer(entry, true)}
            >
              <FormattedMessage id="teacher.waitlist.offer.accept" />
            </Button>
            <Link
              activeOptions={{ exact: true }}
              to="/docent/wachtlijst"
              search={{ afwijzen: offer.id }}
              className="tm-teacher-link-action"
            >
              <FormattedMessage id="teacher.waitlist.offer.decline" />
            </Link>
          </div>
        )}
      </section>
    );
  };

  const entrySection = (entry: Entry) => {
    const programme = programmeLabel(entry.programme);
    const headingId = `wachtlijst-${entry.id}`;
    const withdrawing =
      search.afmelden === entry.id && (entry.status === 'WAITING' || entry.status === 'OFFERED');
    return (
      <section key={entry.id} aria-labelledby={headingId} className="tm-teacher-section tm-teacher-card">
        <Heading2 id={headingId}>{programme}</Heading2>
        <p className="tm-teacher-status">
          <span className={`tm-teacher-badge tm-teacher-badge--${entry.status.toLowerCase()}`}>
            <FormattedMessage id={`teacher.waitlist.status.${entry.status}`} />
          </span>
        </p>
        {entry.status === 'WAITING' ? (
          <dl className="tm-teacher-facts">
            <div className="tm-teacher-facts__row">
              <dt>
                <FormattedMessage id="teacher.waitlist.position" />
              </dt>
              <dd>
                <FormattedMessage
                  id="teacher.waitlist.positionValue"
                  values={{ position: entry.position ?? '?', province: provinceLabel(entry.province) }}
                />
              </dd>
            </div>
            <div className="tm-teacher-facts__row">
              <dt>
                <FormattedMessage id="teacher.waitlist.expectedWait" />
              </dt>
              <dd>{waitText(intl, entry.expectedWaitDays)}</dd>
            </div>
            <div className="tm-teacher-facts__row">
              <dt>
                <FormattedMessage id="teacher.waitlist.joinedAt" />
              </dt>
              <dd>{formatDay(intl, entry.joinedAt)}</dd>
            </div>
          </dl>
        ) : null}
        {entry.status === 'PLACED' && entry.partner ? (
          <Alert type="ok" role="none">
            <FormattedMessage
              id="teacher.waitlist.placed"
              values={{
                company: entry.partner.company.name,
                location: entry.partner.name,
                city: entry.partner.city,
                since: entry.placedAt ? formatDay(intl, entry.placedAt) : '',
              }}
            />
          </Alert>
        ) : null}
        {offerBox(entry)}
        {withdrawing ? (
          <WithdrawWaitlistForm
            programme={programme}
            hasOffer={entry.status === 'OFFERED'}
            onSubmit={(reason) =>
              run(
                entry.id,
                () => withdraw({ variables: { entryId: entry.id, reason } }),
                intl.formatMessage({ id: 'teacher.waitlist.withdrawn' }, { programme }),
              )
            }
          />
        ) : mayAct && (entry.status === 'WAITING' || entry.status === 'OFFERED') ? (
          <div className="tm-teacher-actions">
            <Link
              activeOptions={{ exact: true }}
              to="/docent/wachtlijst"
              search={{ afmelden: entry.id }}
              className="tm-teacher-link-action"
              aria-describedby={headingId}
            >
              <FormattedMessage id="teacher.waitlist.withdraw" />
            </Link>
          </div>
        ) : null}
        <WaitlistHistory
          caption={intl.formatMessage({ id: 'teacher.waitlist.history' }, { programme })}
          events={entry.events}
        />
      </section>
    );
  };

  return (
    <Page title={intl.formatMessage({ id: 'teacher.waitlist.title' })}>
      <StatusMessage>{message}</StatusMessage>
      <Paragraph className="tm-teacher-lead">
        <FormattedMessage id="teacher.waitlist.intro" />
      </Paragraph>
      {me ? <VerificationNotice me={me} /> : null}
      <ErrorSummary problems={problems.length ? problems : loadProblems} />
      {loading && !data ? (
        <Loading />
      ) : (
        <>
          {active.map(entrySection)}
          {mayAct && school ? (
            <section aria-labelledby="tm-waitlist-join" className="tm-teacher-section">
              <Heading2 id="tm-waitlist-join">
                <FormattedMessage id="teacher.waitlist.join.title" />
              </Heading2>
              {joinable.length ? (
                <div className="tm-teacher-actions">
                  {joinable.map((programme) => (
                    <Button
                      key={programme}
                      appearance={active.length ? 'secondary-action-button' : 'primary-action-button'}
                      busy={busy === programme}
                      disabled={busy !== null}
                      onClick={() => void joinList(programme)}
                    >
                      <FormattedMessage
                        id="teacher.waitlist.join"
                        values={{ programme: programmeLabel(programme), school: school.name }}
                      />
                    </Button>
                  ))}
                </div>
              ) : (
                <Paragraph>
                  <FormattedMessage
                    id={active.length ? 'teacher.waitlist.join.done' : 'teacher.waitlist.join.notEligible'}
                  />
                </Paragraph>
              )}
            </section>
          ) : null}
          {past.length ? (
            <section aria-labelledby="tm-waitlist-past" className="tm-teacher-section">
              <Heading2 id="tm-waitlist-past">
                <FormattedMessage id="teacher.waitlist.past" />
              </Heading2>
              {past.map((entry) => (
                <WaitlistHistory
                  key={entry.id}
                  caption={intl.formatMessage(
                    { id: 'teacher.waitlist.pastHistory' },
                    { programme: programmeLabel(entry.programme), joined: formatDay(intl, entry.joinedAt) },
                  )}
                  events={entry.events}
                />
              ))}
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}
