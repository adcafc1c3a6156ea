// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeCheckoutLink, makeProduct } from '../testing/fixtures';
import { CheckoutLinksProvider } from './CheckoutLinksProvider';
import { useCheckoutLink } from './useCheckoutLink';
import { useCheckoutLinkForm } from './useCheckoutLinkForm';
import { useCheckoutLinks } from './useCheckoutLinks';
import { useDiscounts } from './useDiscounts';
import { useFormField } from './useFormField';
import { useLocale } from './useLocale';
import { useProducts } from './useProducts';
import type { Product } from '../contract';

const pro = makeProduct({ name: 'Pro plan' });
const link = makeCheckoutLink({ products: [pro], label: 'Launch' });
const initialProducts = { items: [pro], pagination: { total_count: 1, max_page: 1 } };

function LabelField({ form }: { form: ReturnType<typeof useCheckoutLinkForm> }) {
  const field = useFormField(form, 'label');
  return (
    <p>
      <label {...field.getLabelProps()}>Label</label>
      <input {...field.getInputProps()} />
    </p>
  );
}

function Page({ initialData }: { initialData?: { items: Product[]; pagination: { total_count: number; max_page: number } } }) {
  const products = useProducts({ query: 'pro', initialData });
  const discounts = useDiscounts();
  const links = useCheckoutLinks();
  const one = useCheckoutLink(link.id);
  const form = useCheckoutLinkForm({ defaultValues: { label: 'Spring' } });
  const locale = useLocale();
  return (
    <main lang={locale}>
      <ul>
        {products.items.map((product) => (
          <li key={product.id}>{product.name}</li>
        ))}
      </ul>
      <p>{`${products.status} ${discounts.status} ${links.status} ${one.status}`}</p>
      <form {...form.getFormProps()}>
        <LabelField form={form} />
      </form>
    </main>
  );
}

describe('server rendering', () => {
  it('sends no request and renders initialData', () => {
    const client = createMemoryClient({ products: [pro], links: [link] });
    const html = renderToString(
      <CheckoutLinksProvider client={client}>
        <Page initialData={initialProducts} />
      </CheckoutLinksProvider>,
    );

    expect(client.calls).toHaveLength(0);
    expect(html).toContain('<li>Pro plan</li>');
    expect(html).toContain('success pending pending pending');
    expect(html).toContain('value="Spring"');
    expect(html).toContain('lang="en-US"');
  });

  it('renders the same markup with the default locale as with en-US', () => {
    const render = (locale?: string) =>
      renderToString(
        <CheckoutLinksProvider client={createMemoryClient()} locale={locale}>
          <Page />
        </CheckoutLinksProvider>,
      );

    expect(render()).toBe(render('en-US'));
    expect(render()).toBe(render());
  });
});
