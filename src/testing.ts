// react-polar-checkout-links/testing: an in-memory Polar and fixtures for stories, demos and tests.
export {};
