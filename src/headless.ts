// react-polar-checkout-links/headless: the wire contract, the client and the hooks, without styles or Radix.
export * from './contract';
export * from './client';
export * from './format';
// The English message set and its types. The German example set (`deMessages`) ships from '.': it
// translates the styled components' words, which a headless host replaces with its own UI.
export * from './messages/messages';
export * from './messages/builderMessages';
export * from './messages/dialogMessages';
export * from './messages/errorMessages';
export * from './messages/linkListMessages';
export * from './messages/linkTableMessages';
export * from './messages/qrCodeMessages';
export * from './messages/shareMessages';
export * from './messages/productCardMessages';
export * from './state';
export * from './hooks';
