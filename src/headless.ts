// react-polar-checkout-links/headless: the wire contract, the client and the hooks, without styles or Radix.
export * from './contract';
export * from './client';
export * from './format';
export * from './messages';
export * from './state';
export * from './hooks';
