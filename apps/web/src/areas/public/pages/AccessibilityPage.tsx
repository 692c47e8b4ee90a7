import '../public.css';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../../components/Page';

const SECTIONS = [
  { id: 'aim', items: 0 },
  { id: 'tested', items: 4 },
  { id: 'built', items: 6 },
  { id: 'limits', items: 5 },
  { id: 'contact', items: 0 },
] as const;

/** /toegankelijkheid: the accessibility statement. */
export function AccessibilityPage() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'public.accessibility.title' })}>
      <div className="tm-prose">
        <p className="tm-lead">
          <FormattedMessage id="public.accessibility.intro" />
        </p>
        {SECTIONS.map(({ id, items }) => (
          <section key={id} aria-labelledby={`a11y-${id}`}>
            <h2 id={`a11y-${id}`}>
              <FormattedMessage id={`public.accessibility.${id}.title`} />
            </h2>
            <p>
              <FormattedMessage
                id={`public.accessibility.${id}.body`}
                values={{
                  email: <a href="mailto:toegankelijkheid@techmatch.nl">toegankelijkheid@techmatch.nl</a>,
                }}
              />
            </p>
            {items ? (
              <ul>
                {Array.from({ length: items }, (_, i) => (
                  <li key={i}>
                    <FormattedMessage id={`public.accessibility.${id}.${i + 1}`} />
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
    </Page>
  );
}
