// Plain Node, as ES modules: ./server, the ./headless schemas and formatters, the ./testing fixtures.
import * as headless from 'react-polar-checkout-links/headless';
import * as server from 'react-polar-checkout-links/server';
import * as testing from 'react-polar-checkout-links/testing';
import report from './report.cjs';

await report({ server, headless, testing });
