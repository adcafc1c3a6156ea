// Plain Node, as CommonJS (require): the same entries as esm.mjs.
const report = require('./report.cjs');

report({
  server: require('react-polar-checkout-links/server'),
  headless: require('react-polar-checkout-links/headless'),
  testing: require('react-polar-checkout-links/testing'),
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
