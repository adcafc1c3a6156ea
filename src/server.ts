// react-polar-checkout-links/server: the proxy route that adds the Polar token on the host's server.
export {};
