import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../app/i18n';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('shows each problem in Dutch by its reason, else its code, and takes focus', () => {
    render(
      <I18nProvider locale="nl">
        <ErrorSummary
          problems={[
            { code: 'CONFLICT', reason: 'OFFER_EXPIRED', message: 'Offer expired' },
            { code: 'FORBIDDEN', message: 'Nope' },
          ]}
        />
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dit aanbod is verlopen.');
    expect(alert).toHaveTextContent('Dit mag je niet doen.');
    expect(alert).not.toHaveTextContent('Nope');
    expect(alert.closest('.tm-error-summary')).toHaveFocus();
  });

  it('renders nothing without problems', () => {
    const { container } = render(
      <I18nProvider locale="nl">
        <ErrorSummary problems={[]} />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
