'use client';
// The README's host: the provider, the create dialog and a fetch client that talks to the proxy route.
import { useEffect, useState } from 'react';
import { CheckoutLinksProvider, CreateCheckoutLinkDialog, createFetchClient } from 'react-polar-checkout-links';

const client = createFetchClient({ baseUrl: '/api/polar' });

export function Admin() {
  const [hydrated, setHydrated] = useState(false);
  const [created, setCreated] = useState(null);
  useEffect(() => setHydrated(true), []);
  return (
    <div data-hydrated={hydrated ? 'true' : undefined}>
      <CheckoutLinksProvider client={client}>
        <CreateCheckoutLinkDialog onCreated={setCreated} />
      </CheckoutLinksProvider>
      {created ? <output id="created-link" data-id={created.id}>{created.url}</output> : null}
    </div>
  );
}
