import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

/**
 * A page's title and heading: sets the document title and moves focus to the heading when the page opens, so that
 * screen-reader users hear where they arrived after a client-side navigation.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${intl.formatMessage({ id: 'common.appName' })}`;
    heading.current?.focus({ preventScroll: true });
  }, [title, intl]);
  return (
    <article className="tm-page">
      <Heading1 ref={heading} tabIndex={-1} className="tm-page__title">
        {title}
      </Heading1>
      {children}
    </article>
  );
}
