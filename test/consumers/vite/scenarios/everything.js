// A host that keeps every export of the main entry.
import * as everything from 'react-polar-checkout-links';

globalThis.scenario = everything;
