import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutLinksProvider, createFetchClient } from 'react-polar-checkout-links';
import 'react-polar-checkout-links/styles.css';
import { AdminPage } from './AdminPage';
import './admin.css';

// The browser talks to this app's own server, which checks the session and adds the Polar token.
// No token here, nor anywhere in the page.
const client = createFetchClient({ baseUrl: '/api/polar' });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <CheckoutLinksProvider client={client}>
      <AdminPage />
    </CheckoutLinksProvider>
  </StrictMode>,
);
