// A storefront that shows products.
import { ProductCard } from 'react-polar-checkout-links';

globalThis.scenario = { ProductCard };
