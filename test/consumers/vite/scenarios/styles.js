// The stylesheet.
import 'react-polar-checkout-links/styles.css';
