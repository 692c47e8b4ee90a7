import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createApolloClient } from './apollo';
import { I18nProvider } from './i18n';
import { router } from './router';
import { readServerState } from './server-state';

export function App() {
  const [client] = useState(() => createApolloClient('/graphql', readServerState()));
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </ApolloProvider>
  );
}
