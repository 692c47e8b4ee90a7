import '../public.css';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../../components/Page';

const CC0 = 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl';
const BY4 = 'https://creativecommons.org/licenses/by/4.0/deed.nl';

/** The open data TechMatch is built on, with the licence each asks to name (shared/data/README). */
const SOURCES = [
  { id: 'duo', name: 'DUO open onderwijsdata', licence: 'CC0', url: CC0 },
  { id: 'bag', name: 'BAG/Kadaster', licence: 'CC0', url: CC0 },
  { id: 'geonames', name: 'GeoNames', licence: 'CC BY 4.0', url: BY4 },
  { id: 'pdok', name: 'Kadaster/PDOK Bestuurlijke Gebieden', licence: 'CC BY 4.0', url: BY4 },
  { id: 'cbs', name: 'CBS', licence: 'CC BY 4.0', url: BY4 },
] as const;

/** /over: what TechMatch is, and the attribution of the open data. */
export function AboutPage() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'public.about.title' })}>
      <div className="tm-prose">
        <p className="tm-lead">
          <FormattedMessage id="public.about.intro" />
        </p>
        <section aria-labelledby="about-who">
          <h2 id="about-who">
            <FormattedMessage id="public.about.who.title" />
          </h2>
          <ul>
            {(['teachers', 'companies', 'coordinators'] as const).map((who) => (
              <li key={who}>
                <FormattedMessage id={`public.about.who.${who}`} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="about-data">
          <h2 id="about-data">
            <FormattedMessage id="public.about.data.title" />
          </h2>
          <p>
            <FormattedMessage id="public.about.data.intro" />
          </p>
          <ul className="tm-sources">
            {SOURCES.map((source) => (
              <li key={source.id}>
                <strong>{source.name}</strong> (<a href={source.url}>{source.licence}</a>):{' '}
                <FormattedMessage id={`public.about.data.${source.id}`} />
              </li>
            ))}
          </ul>
          <p>
            <FormattedMessage id="public.about.data.attribution" />
          </p>
        </section>
      </div>
    </Page>
  );
}
