import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MeQuery, useLogOut } from '../../../app/session';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { graphql } from '../../../gql';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import '../auth.css';

const AccountQuery = graphql(`
  query Account {
    me {
      id
      name
      email
      role
      emailVerified
      schoolVerified
      school {
        id
        name
        city
        vestigingscode
      }
      company {
        id
        name
        approved
      }
    }
  }
`);

const LogOutEverywhereMutation = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere
  }
`);

/** Ends every session of the account (each device's cookies stop working) and forgets what this browser cached. */
function useLogOutEverywhere(): () => Promise<void> {
  const client = useApolloClient();
  const [logOutEverywhere] = useMutation(LogOutEverywhereMutation);
  return async () => {
    await logOutEverywhere();
    await client.clearStore();
    await client.refetchQueries({ include: [MeQuery] });
  };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function AccountDetails() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const { data } = useQuery(AccountQuery);
  const me = data?.me;
  if (!me) {
    return (
      <Paragraph role="status">
        <FormattedMessage id="common.loading" />
      </Paragraph>
    );
  }
  return (
    <DataList className="tm-account">
      <Item label={t('auth.account.name')}>{me.name}</Item>
      <Item label={t('auth.account.email')}>
        <span>{me.email}</span>
        <span className="tm-account__state">
          {t(me.emailVerified ? 'auth.account.emailVerified' : 'auth.account.emailUnverified')}
        </span>
      </Item>
      <Item label={t('auth.account.role')}>{t(`auth.role.${me.role}`)}</Item>
      {me.school ? (
        <Item label={t('auth.account.school')}>
          <span>
            {t('auth.account.schoolValue', {
              name: me.school.name,
              city: me.school.city,
              code: me.school.vestigingscode,
            })}
          </span>
          <span className="tm-account__state">
            {t(me.schoolVerified ? 'auth.account.schoolVerified' : 'auth.account.schoolPending')}
          </span>
        </Item>
      ) : null}
      {me.company ? (
        <Item label={t('auth.account.company')}>
          <span>{me.company.name}</span>
          <span className="tm-account__state">
            {t(me.company.approved ? 'auth.account.companyApproved' : 'auth.account.companyPending')}
          </span>
        </Item>
      ) : null}
    </DataList>
  );
}

/** The own account: who, what is confirmed, a new password, and logging out. */
export function AccountPage() {
  const intl = useIntl();
  const logOut = useLogOut();
  const logOutEverywhere = useLogOutEverywhere();
  const navigate = useNavigate();
  return (
    <RequireRole roles={['TEACHER', 'COMPANY', 'COORDINATOR', 'ADMIN']}>
      <Page title={intl.formatMessage({ id: 'auth.account.title' })}>
        <AccountDetails />
        <ChangePasswordForm />
        <section aria-labelledby="uitloggen" className="tm-section">
          <Heading2 id="uitloggen" className="tm-section-title">
            <FormattedMessage id="auth.account.logOutTitle" />
          </Heading2>
          <Button
            appearance="secondary-action-button"
            onClick={() => void logOut().then(() => navigate({ to: '/' }))}
          >
            <FormattedMessage id="auth.account.logOut" />
          </Button>
          <Paragraph>
            <FormattedMessage id="auth.account.logOutEverywhereHint" />
          </Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => void logOutEverywhere().then(() => navigate({ to: '/' }))}
          >
            <FormattedMessage id="auth.account.logOutEverywhere" />
          </Button>
        </section>
      </Page>
    </RequireRole>
  );
}
