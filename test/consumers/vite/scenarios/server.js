// The proxy on the host's server.
import * as server from 'react-polar-checkout-links/server';

globalThis.scenario = server;
