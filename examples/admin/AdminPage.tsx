import { useState } from 'react';
import {
  CheckoutLinkTable,
  CreateCheckoutLinkDialog,
  DEFAULT_LINK_TABLE_QUERY,
  useCheckoutLinks,
  type CheckoutLink,
  type CheckoutLinkListQuery,
} from 'react-polar-checkout-links';

/** The host's admin screen: its own header, the builder in a dialog, and the organization's links. */
export function AdminPage() {
  const [query, setQuery] = useState<CheckoutLinkListQuery>(DEFAULT_LINK_TABLE_QUERY);
  const [lastCreated, setLastCreated] = useState<CheckoutLink | null>(null);
  // The same query as the table's: one request, shared, tells the page whether the session is still valid.
  const links = useCheckoutLinks(query);
  const signedOut = links.error?.kind === 'unauthorized';

  return (
    <div className="admin">
      <header className="admin__header">
        <p className="admin__brand">Acme admin</p>
        {signedOut ? null : (
          <form method="post" action="/logout">
            <button type="submit" className="pcl-button" data-size="small">
              Sign out
            </button>
          </form>
        )}
      </header>
      <main className="admin__main">
        {signedOut ? (
          <section className="admin__signed-out" aria-labelledby="signed-out-title">
            <h1 id="signed-out-title">You are signed out</h1>
            <p>
              This page asks its own server for Polar data, which answers only with a session. <a href="/login">Sign in</a> to
              manage checkout links.
            </p>
          </section>
        ) : (
          <>
            <div className="admin__title-row">
              <h1>Checkout links</h1>
              <CreateCheckoutLinkDialog
                onCreated={(link) => {
                  setLastCreated(link);
                  setQuery((current) => ({ ...current, page: 1 }));
                }}
              />
            </div>
            <p className="admin__status" role="status">
              {lastCreated ? `Created “${lastCreated.label ?? 'Untitled link'}”.` : ''}
            </p>
            <CheckoutLinkTable query={query} onQueryChange={setQuery} emptyAction={<CreateCheckoutLinkDialog />} />
          </>
        )}
      </main>
    </div>
  );
}
