// react-polar-checkout-links: the styled components and everything of ./headless.
export * from './headless';
export { deMessages } from './messages/de';
export * from './components/ProductCard';
// The component and the wire type share this name (see ProductPrice.tsx); the explicit export wins over both stars.
export { ProductPrice } from './components/ProductCard';
export * from './components/ProductCardList';
export * from './components/CheckoutLinkForm';
export * from './components/CheckoutLinkShare';
export * from './components/CreateCheckoutLinkDialog';
export * from './components/CheckoutLinkTable';
