// The README's proxy route, in front of the contract server (its URL and token come from the test).
import { createPolarProxy } from 'react-polar-checkout-links/server';

let proxy;
const handler = (request) =>
  (proxy ??= createPolarProxy({ accessToken: process.env.POLAR_ACCESS_TOKEN, baseUrl: process.env.POLAR_BASE_URL }))(request);

export { handler as GET, handler as POST, handler as PATCH, handler as DELETE };
