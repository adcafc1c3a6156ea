// A Server Component: the card renders on the server, the formatters, the schema and the catalogue
// are plain server code.
import { ProductCard } from 'react-polar-checkout-links';
import { checkoutLinkCreateSchema, formatMoney, formatPrice } from 'react-polar-checkout-links/headless';
import { catalogue } from 'react-polar-checkout-links/testing';

export default function Home() {
  const products = catalogue.products.slice(0, 3);
  const [firstPrice] = products[0].prices;
  const valid = checkoutLinkCreateSchema.safeParse({ payment_processor: 'stripe', products: [products[0].id] });
  const invalid = checkoutLinkCreateSchema.safeParse({ payment_processor: 'stripe', products: [] });
  return (
    <main>
      <p id="format-price">{formatPrice(firstPrice).label}</p>
      <p id="format-money">{formatMoney(123456, 'eur', 'de-DE')}</p>
      <p id="schema-valid">{String(valid.success)}</p>
      <p id="schema-invalid">{invalid.success ? 'accepted' : invalid.error.issues.map((issue) => issue.path.join('.')).join(',')}</p>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </main>
  );
}
