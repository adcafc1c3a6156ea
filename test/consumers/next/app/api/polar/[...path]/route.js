// The README's proxy route, in front of the contract server (its URL and token come from the test).
import { createPolarProxy } from 'react-polar-checkout-links/server';

// The fixture has no sign-in: every request may pass (a host checks its own session in authorize).
let proxy;
const handler = (request) =>
  (proxy ??= createPolarProxy({ accessToken: process.env.POLAR_ACCESS_TOKEN, baseUrl: process.env.POLAR_BASE_URL, authorize: () => true }))(request);

export { handler as GET, handler as POST, handler as PATCH, handler as DELETE };
