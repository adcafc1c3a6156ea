import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import type { Metadata, Product } from '../../contract';
import { createMemoryClient } from '../../testing/createMemoryClient';
import { makeProduct } from '../../testing/fixtures';
import { providerWrapper } from '../../../test/helpers/hookTesting';
import { componentsRenderedInLastCommit } from '../../../test/helpers/renderedComponents';
import { CheckoutLinkForm } from './CheckoutLinkForm';

const products = Array.from({ length: 100 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
const metadata: Metadata = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key_${index + 1}`, `value ${index + 1}`]));

/**
 * The styled builder in a new-link form, counting every component that renders in each commit (a
 * Profiler around the form, the fiber tree read as React DevTools reads it). `big`: 100 products
 * in the picker's catalogue and results, one selected, 50 metadata rows; otherwise an empty form
 * with one metadata row (so that its fields exist too).
 */
async function renderForm(big: boolean) {
  const client = createMemoryClient({ products: big ? products : [] });
  let rendered: string[] = [];
  const container = document.body.appendChild(document.createElement('div'));
  const view = render(
    <Profiler id="form" onRender={() => rendered.push(...componentsRenderedInLastCommit(container))}>
      <CheckoutLinkForm
        products={big ? products : undefined}
        defaultValues={big ? { products: [products[0]!.id], metadata } : { metadata: { key_25: 'value 25' } }}
      />
    </Profiler>,
    { container, wrapper: providerWrapper(client) },
  );
  await screen.findByDisplayValue('value 25');
  if (big) await screen.findByText('Product 10');
  // Let the pickers' first requests settle: only the keystroke is measured.
  await waitFor(() => expect(client.calls.length).toBeGreaterThanOrEqual(2));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    unmount: view.unmount,
    /** Components rendered by `action` and the commits right after it (effects it caused). */
    measure: async (action: () => Promise<void>) => {
      rendered = [];
      await action();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return rendered;
    },
  };
}

const textFields: [name: string, find: () => HTMLElement][] = [
  ['Label', () => screen.getByRole('textbox', { name: 'Label' })],
  ['Success URL', () => screen.getByRole('textbox', { name: /^Success URL/ })],
  ['Return URL', () => screen.getByRole('textbox', { name: /^Return URL/ })],
  ['metadata value', () => screen.getByDisplayValue('value 25')],
  ['metadata key', () => screen.getByDisplayValue('key_25')],
  ['the discount search', () => screen.getByLabelText('Search discounts')],
  ['the product search', () => screen.getByLabelText('Search products')],
];

describe('CheckoutLinkForm rendering', { timeout: 30_000 }, () => {
  it.each(textFields)('typing one character in %s renders at most 3 components, as many as in an empty form', async (_name, find) => {
    const user = userEvent.setup();
    const counts: number[] = [];
    for (const big of [false, true]) {
      const { measure, unmount } = await renderForm(big);
      await user.click(find());
      const typed = await measure(() => user.keyboard('x'));
      console.info(`${big ? 'big' : 'empty'} form, one character in ${_name}: ${typed.length} component(s): ${typed.join(', ')}`);
      counts.push(typed.length);
      unmount();
    }
    const [empty, big] = counts;
    expect(big).toBeLessThanOrEqual(3);
    expect(big).toBe(empty);
  });
});
