// A storefront that shows a list of products.
import { ProductCardList } from 'react-polar-checkout-links';

globalThis.scenario = { ProductCardList };
