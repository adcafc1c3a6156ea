// A host with its own UI that only talks to its backend: the client and its error class.
import { createFetchClient, PolarApiError } from 'react-polar-checkout-links/headless';

globalThis.scenario = { createFetchClient, PolarApiError };
