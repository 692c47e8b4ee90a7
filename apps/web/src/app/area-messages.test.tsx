import { act, render, screen } from '@testing-library/react';
import { FormattedMessage } from 'react-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the texts store, without the areas the test setup loads for the component tests.
async function freshApp() {
  vi.resetModules();
  const store = await import('./area-messages');
  const { I18nProvider } = await import('./i18n');
  return { store, I18nProvider };
}

describe('texts per area', () => {
  afterEach(() => vi.restoreAllMocks());

  it('start with the shell, the errors and the public pages; an area’s texts come with its first page', async () => {
    const { store, I18nProvider } = await freshApp();
    const missing = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nProvider locale="nl">
        <p>
          <FormattedMessage id="common.nav.account" />
        </p>
        <p>
          <FormattedMessage id="public.search.title" />
        </p>
        <h1>
          <FormattedMessage id="teacher.bookings.title" />
        </h1>
      </I18nProvider>,
    );
    expect(screen.getByText('Mijn account')).toBeInTheDocument();
    expect(screen.getByText('Activiteiten zoeken')).toBeInTheDocument();
    // Not loaded yet: react-intl shows the id.
    expect(screen.getByRole('heading')).toHaveTextContent('teacher.bookings.title');
    expect(missing).toHaveBeenCalled();

    const page = { BookingsPage: () => null };
    let loaded: unknown;
    await act(async () => {
      loaded = await store.withAreaMessages('teacher', () => Promise.resolve(page))();
    });
    expect(loaded).toBe(page);
    expect(screen.getByRole('heading')).toHaveTextContent('Boekingen van mijn school');
  });

  it('loads an area once, however many of its pages ask', async () => {
    const { store } = await freshApp();
    const listener = vi.fn();
    const unsubscribe = store.subscribeAreaMessages(listener);
    const before = store.shownAreaMessages();
    await Promise.all([store.loadAreaMessages('company'), store.loadAreaMessages('company')]);
    await store.loadAreaMessages('company');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.shownAreaMessages()).toHaveLength(before.length + 1);
    unsubscribe();
  });

  it('merge English over Dutch per id', async () => {
    const { store } = await freshApp();
    const merged = store.mergeMessages(
      [
        { nl: { a: 'een', b: 'twee' }, en: { a: 'one' } },
        { nl: { c: 'drie' }, en: {} },
      ],
      'en',
    );
    expect(merged).toEqual({ a: 'one', b: 'twee', c: 'drie' });
  });
});
