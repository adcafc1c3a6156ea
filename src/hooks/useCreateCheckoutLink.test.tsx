import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isPolarApiError, type PolarApiError } from '../client';
import type { CheckoutLinkCreate } from '../contract';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeProduct } from '../testing/fixtures';
import { holdCalls, observeCalls, providerWrapper } from '../../test/helpers/hookTesting';
import { useCheckoutLinks } from './useCheckoutLinks';
import { useCreateCheckoutLink } from './useCreateCheckoutLink';

const product = makeProduct({ name: 'Pro plan' });
const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id], label: 'Spring sale' };

function CreateButton({ onSuccess, onError }: { onSuccess?: () => void; onError?: () => void }) {
  const { createCheckoutLink, status, data, error } = useCreateCheckoutLink({ onSuccess, onError });
  return (
    <>
      <button type="button" onClick={() => createCheckoutLink(body).catch(() => undefined)}>
        Create
      </button>
      <p data-testid="status">{status}</p>
      {data ? <a href={data.url}>{data.label}</a> : null}
      {error ? <p role="alert">{error.kind}</p> : null}
    </>
  );
}

function LinkCount() {
  const { items, status } = useCheckoutLinks();
  return <p data-testid="count">{status === 'success' ? `${items.length} links` : 'loading'}</p>;
}

describe('useCreateCheckoutLink', () => {
  it('sends one POST however fast the button is clicked, and shows the new link', async () => {
    const memory = createMemoryClient({ products: [product] });
    const held = holdCalls(memory, 'checkoutLinks', 'create');
    const user = userEvent.setup();
    render(<CreateButton />, { wrapper: providerWrapper(held.client) });

    await user.dblClick(screen.getByRole('button', { name: 'Create' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    held.release();

    expect(await screen.findByRole('link', { name: 'Spring sale' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(memory.calls.filter((call) => call.operation === 'checkoutLinks.create')).toHaveLength(1);
  });

  it('returns the pending promise to a second call', async () => {
    const client = createMemoryClient({ products: [product], latencyMs: { 'checkoutLinks.create': 10 } });
    const { result } = renderHook(() => useCreateCheckoutLink(), { wrapper: providerWrapper(client) });

    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.createCheckoutLink(body);
      second = result.current.createCheckoutLink({ ...body, label: 'Another' });
    });

    expect(second).toBe(first);
    await act(() => first);
    expect(result.current.status).toBe('success');
    expect(result.current.data?.label).toBe('Spring sale');
  });

  it('rejects an invalid body with field errors and sends nothing', async () => {
    const client = createMemoryClient({ products: [product] });
    const onError = vi.fn();
    const { result } = renderHook(() => useCreateCheckoutLink({ onError }), { wrapper: providerWrapper(client) });

    let rejection: unknown;
    await act(() =>
      result.current
        .createCheckoutLink({ payment_processor: 'stripe', products: [], success_url: 'example.com/thanks' })
        .catch((error: unknown) => {
          rejection = error;
        }),
    );

    expect(isPolarApiError(rejection)).toBe(true);
    const error = rejection as PolarApiError;
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['products', 'success_url']);
    expect(result.current.error).toBe(error);
    expect(result.current.status).toBe('error');
    expect(onError).toHaveBeenCalledWith(error, expect.anything());
    expect(client.calls).toHaveLength(0);
  });

  it('turns a client failure into a PolarApiError', async () => {
    const client = createMemoryClient({ products: [product], fail: { 'checkoutLinks.create': 'network' } });
    const user = userEvent.setup();
    render(<CreateButton />, { wrapper: providerWrapper(client) });

    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('network');
  });

  it('aborts the request on unmount and reports nothing afterwards', async () => {
    const observed = observeCalls(createMemoryClient({ products: [product], latencyMs: { 'checkoutLinks.create': Infinity } }));
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const user = userEvent.setup();
    const { unmount } = render(<CreateButton onSuccess={onSuccess} onError={onError} />, { wrapper: providerWrapper(observed.client) });

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByTestId('status')).toHaveTextContent('pending');
    const [create] = observed.calls.filter((call) => call.operation === 'checkoutLinks.create');
    expect(create?.signal?.aborted).toBe(false);

    unmount();
    await waitFor(() => expect(create?.signal?.aborted).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it("refreshes the provider's checkout link lists after a success", async () => {
    const client = createMemoryClient({ products: [product], links: [] });
    const user = userEvent.setup();
    render(
      <>
        <LinkCount />
        <CreateButton />
      </>,
      { wrapper: providerWrapper(client) },
    );
    expect(await screen.findByText('0 links')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('1 links')).toBeInTheDocument();
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.list')).toHaveLength(2);
  });
});
