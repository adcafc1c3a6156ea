// react-polar-checkout-links/server: the proxy route that adds the Polar token on the host's server.
export { createPolarProxy } from './server/createPolarProxy';
export type {
  PolarProxyAuthorization,
  PolarProxyHandler,
  PolarProxyLogEntry,
  PolarProxyOptions,
} from './server/createPolarProxy';
export { toNodeHandler } from './server/toNodeHandler';
export type { NodeHandler, NodeHandlerOptions } from './server/toNodeHandler';
export type { PolarOperation } from './client/PolarClient';
