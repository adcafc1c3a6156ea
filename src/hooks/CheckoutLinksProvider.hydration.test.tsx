import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeProduct } from '../testing/fixtures';
import { observeCalls } from '../../test/helpers/hookTesting';
import { CheckoutLinksProvider } from './CheckoutLinksProvider';
import { useCheckoutLinkForm } from './useCheckoutLinkForm';
import { useCreateCheckoutLink } from './useCreateCheckoutLink';
import { useFormField } from './useFormField';
import { useProducts } from './useProducts';

const starter = makeProduct({ name: 'Starter' });
const pro = makeProduct({ name: 'Pro' });

function Page() {
  const { items, isFetching } = useProducts({ initialData: { items: [starter], pagination: { total_count: 1, max_page: 1 } } });
  const form = useCheckoutLinkForm();
  const label = useFormField(form, 'label');
  const { createCheckoutLink, status } = useCreateCheckoutLink();
  return (
    <main aria-busy={isFetching}>
      <ul>
        {items.map((product) => (
          <li key={product.id}>{product.name}</li>
        ))}
      </ul>
      <label {...label.getLabelProps()}>Label</label>
      <input {...label.getInputProps()} />
      <button type="button" onClick={() => createCheckoutLink({ payment_processor: 'stripe', products: [pro.id] }).catch(() => undefined)}>
        Create
      </button>
      <output>{status}</output>
    </main>
  );
}

describe('in the browser after server rendering', () => {
  it('hydrates the server markup without a mismatch, then fetches', async () => {
    const server = createMemoryClient({ products: [starter, pro] });
    const html = renderToString(
      <CheckoutLinksProvider client={server}>
        <Page />
      </CheckoutLinksProvider>,
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const client = createMemoryClient({ products: [starter, pro] });
    const consoleError = vi.spyOn(console, 'error');
    const recoverable = vi.fn();

    const root = await act(async () =>
      hydrateRoot(
        container,
        <CheckoutLinksProvider client={client}>
          <Page />
        </CheckoutLinksProvider>,
        { onRecoverableError: recoverable },
      ),
    );

    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(server.calls).toHaveLength(0);
    await waitFor(() => expect(container.querySelectorAll('li')).toHaveLength(2));
    expect(client.calls.map((call) => call.operation)).toEqual(['products.list']);
    expect(container.querySelector('label')?.htmlFor).toBe(container.querySelector('input')?.id);
    act(() => root.unmount());
    container.remove();
    consoleError.mockRestore();
  });

  it('works under StrictMode: one request per list, mutations not aborted by the double mount', async () => {
    const observed = observeCalls(createMemoryClient({ products: [starter, pro] }));
    const user = userEvent.setup();
    render(
      <StrictMode>
        <CheckoutLinksProvider client={observed.client}>
          <Page />
        </CheckoutLinksProvider>
      </StrictMode>,
    );
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('success')).toBeInTheDocument();
    const lists = observed.calls.filter((call) => call.operation === 'products.list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.signal?.aborted).toBe(false);
  });
});
