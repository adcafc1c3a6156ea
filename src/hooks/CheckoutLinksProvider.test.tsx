import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defaultMessages } from '../messages';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeCheckoutLink, makeProduct } from '../testing/fixtures';
import { providerWrapper } from '../../test/helpers/hookTesting';
import { CheckoutLinksProvider } from './CheckoutLinksProvider';
import { useCheckoutLink } from './useCheckoutLink';
import { useCheckoutLinkForm } from './useCheckoutLinkForm';
import { useCheckoutLinks } from './useCheckoutLinks';
import { useCheckoutLinksContext } from './useCheckoutLinksContext';
import { useCreateCheckoutLink } from './useCreateCheckoutLink';
import { useDeleteCheckoutLink } from './useDeleteCheckoutLink';
import { useDiscounts } from './useDiscounts';
import { useLocale } from './useLocale';
import { useMessages } from './useMessages';
import { useOptionalCheckoutLinksContext } from './useOptionalCheckoutLinksContext';
import { useProducts } from './useProducts';
import { useUpdateCheckoutLink } from './useUpdateCheckoutLink';

const product = makeProduct({ name: 'Pro plan' });

function LinkCount({ label }: { label: string }) {
  const { items, status } = useCheckoutLinks();
  return <p>{status === 'success' ? `${label}: ${items.length}` : `${label}: loading`}</p>;
}

function CreateButton() {
  const { createCheckoutLink } = useCreateCheckoutLink();
  return (
    <button type="button" onClick={() => createCheckoutLink({ payment_processor: 'stripe', products: [product.id] }).catch(() => undefined)}>
      Create
    </button>
  );
}

describe('CheckoutLinksProvider', () => {
  it.each<[string, () => unknown]>([
    ['useCheckoutLinksContext', () => useCheckoutLinksContext()],
    ['useMessages', () => useMessages()],
    ['useLocale', () => useLocale()],
    ['useCreateCheckoutLink', () => useCreateCheckoutLink()],
    ['useUpdateCheckoutLink', () => useUpdateCheckoutLink()],
    ['useDeleteCheckoutLink', () => useDeleteCheckoutLink()],
    ['useCheckoutLinks', () => useCheckoutLinks()],
    ['useCheckoutLink', () => useCheckoutLink('x')],
    ['useProducts', () => useProducts()],
    ['useDiscounts', () => useDiscounts()],
    ['useCheckoutLinkForm', () => useCheckoutLinkForm()],
  ])('%s outside a provider says what to wrap', (name, hook) => {
    // React logs the thrown error (React 18 also re-dispatches it as a window error): keep the output quiet.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const silence = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', silence);
    expect(() => renderHook(hook)).toThrow(`\`${name}\` must be used within \`<CheckoutLinksProvider>\``);
    expect(() => renderHook(hook)).toThrow('<CheckoutLinksProvider client={polarClient}>');
    window.removeEventListener('error', silence);
    consoleError.mockRestore();
  });

  it('keeps two providers apart, even with the same client', async () => {
    const client = createMemoryClient({ products: [product], links: [makeCheckoutLink({ products: [product] })] });
    const user = userEvent.setup();
    render(
      <>
        <CheckoutLinksProvider client={client}>
          <LinkCount label="First" />
          <CreateButton />
        </CheckoutLinksProvider>
        <CheckoutLinksProvider client={client}>
          <LinkCount label="Second" />
        </CheckoutLinksProvider>
      </>,
    );
    expect(await screen.findByText('First: 1')).toBeInTheDocument();
    expect(await screen.findByText('Second: 1')).toBeInTheDocument();
    // Each provider asked for itself: nothing was shared.
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.list')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('First: 2')).toBeInTheDocument();
    expect(screen.getByText('Second: 1')).toBeInTheDocument();
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.list')).toHaveLength(3);
  });

  it('defaults to en-US and English, and merges partial message overrides', () => {
    const client = createMemoryClient();
    const defaults = renderHook(() => useCheckoutLinksContext(), { wrapper: providerWrapper(client) }).result.current;
    expect(defaults.locale).toBe('en-US');
    expect(defaults.messages).toEqual(defaultMessages);

    const overrides = { builder: { labelLabel: 'Bezeichnung', errors: { productsRequired: 'Wähle ein Produkt.' } } };
    const { result } = renderHook(() => ({ messages: useMessages(), locale: useLocale() }), {
      wrapper: providerWrapper(client, { locale: 'de-DE', messages: overrides }),
    });
    expect(result.current.locale).toBe('de-DE');
    expect(result.current.messages.builder.labelLabel).toBe('Bezeichnung');
    expect(result.current.messages.builder.errors.productsRequired).toBe('Wähle ein Produkt.');
    expect(result.current.messages.builder.successUrlLabel).toBe(defaultMessages.builder.successUrlLabel);
    expect(result.current.messages.builder.errors.wholeNumber).toBe(defaultMessages.builder.errors.wholeNumber);
    expect(result.current.messages.share).toBe(defaultMessages.share);
  });

  it('gives every consumer of one provider the same merged messages, across renders', () => {
    const overrides = { share: { copy: 'Link kopieren' } };
    const { result, rerender } = renderHook(() => ({ fromHook: useMessages(), fromContext: useCheckoutLinksContext().messages }), {
      wrapper: providerWrapper(createMemoryClient(), { messages: overrides }),
    });
    const first = result.current.fromHook;
    expect(first.share.copy).toBe('Link kopieren');
    expect(result.current.fromContext).toBe(first);
    rerender();
    expect(result.current.fromHook).toBe(first);
  });

  it('checks answers against the wire contract: a link without its URL is an invalid_response error', async () => {
    const memory = createMemoryClient();
    const link = makeCheckoutLink();
    const { url: _url, ...withoutUrl } = link;
    const client = { ...memory, checkoutLinks: { ...memory.checkoutLinks, get: async () => withoutUrl as typeof link } };

    const checked = renderHook(() => useCheckoutLink(link.id), { wrapper: providerWrapper(client) });
    await vi.waitFor(() => expect(checked.result.current.status).toBe('error'));
    expect(checked.result.current.error?.kind).toBe('invalid_response');
    expect(checked.result.current.error?.message).toContain('url');
    expect(checked.result.current.data).toBeUndefined();

    const unchecked = renderHook(() => useCheckoutLink(link.id), { wrapper: providerWrapper(client, { validateResponses: false }) });
    await vi.waitFor(() => expect(unchecked.result.current.status).toBe('success'));
    expect(unchecked.result.current.data?.id).toBe(link.id);
  });

  it('keeps unknown keys and new enum values in answers it checks', async () => {
    const memory = createMemoryClient();
    const link = { ...makeCheckoutLink(), payment_processor: 'adyen', shiny_new_field: { nested: true } };
    const client = { ...memory, checkoutLinks: { ...memory.checkoutLinks, get: async () => link } };

    const { result } = renderHook(() => useCheckoutLink(link.id), { wrapper: providerWrapper(client) });
    await vi.waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toMatchObject({ payment_processor: 'adyen', shiny_new_field: { nested: true } });
  });

  it('gives components that work without a provider null outside one, and its locale and words inside', () => {
    expect(renderHook(() => useOptionalCheckoutLinksContext()).result.current).toBeNull();
    const inside = renderHook(() => useOptionalCheckoutLinksContext(), {
      wrapper: providerWrapper(createMemoryClient(), { locale: 'ja-JP' }),
    }).result.current;
    expect(inside?.locale).toBe('ja-JP');
    expect(inside?.messages.card).toEqual(defaultMessages.card);
  });
});
