// react-polar-checkout-links: the styled components and everything of ./headless.
export * from './headless';
export * from './components/CheckoutLinkShare';
