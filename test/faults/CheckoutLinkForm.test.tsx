// The builder against a Polar that misbehaves: createFetchClient (directly, and through
// createPolarProxy) pointed at the faulty upstream. After every fault of the fault suite the form
// shows what happened and still holds everything the user typed; once Polar is back, the next
// submit creates exactly one link. The product search survives a failed request the same way.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CheckoutLinkForm, CheckoutLinksProvider, apiErrorMessage, defaultMessages, type CheckoutLink } from '../../src';
import { PROXY_TIMEOUT, faultCases, faultRoutes } from './faultCases';
import { startFaultRig, type FaultRig } from './faultRig';

// Longer than the proxy's, so that a stall through it is the proxy's 504; the stalling fault waits this long.
const CLIENT_TIMEOUT = PROXY_TIMEOUT + 1;
const text = defaultMessages.builder;

let rig: FaultRig;
// Starting the contract server and the proxy takes seconds when the machine is busy.
beforeAll(async () => {
  rig = await startFaultRig();
}, 60_000);
afterAll(() => rig?.close());

/** Everything the user can have typed or chosen: each control's value or state, and the selected products. */
function typedValues(form: HTMLElement) {
  const controls = [...form.querySelectorAll('input, select, textarea')].map((control) => {
    const element = control as HTMLInputElement;
    return `${element.labels?.[0]?.textContent ?? element.name}: ${element.type === 'checkbox' ? element.checked : element.value}`;
  });
  const selected = within(screen.getByRole('list', { name: text.selectedProductsLabel }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('h1, h2, h3, h4, h5, h6, [class*="name"]')?.textContent ?? item.textContent);
  return { controls, selected };
}

/** Fills in the builder as a merchant would. */
async function fillIn(user: UserEvent) {
  await user.type(screen.getByRole('searchbox', { name: text.productSearchLabel }), 'Starter');
  await user.click(await screen.findByRole('button', { name: 'Starter Kit', pressed: false }));
  await user.type(screen.getByRole('textbox', { name: text.labelLabel }), 'Spring sale');
  await user.type(screen.getByRole('textbox', { name: text.successUrlLabel }), 'https://shop.example.com/thanks');
  await user.type(screen.getByRole('textbox', { name: text.returnUrlLabel }), 'https://shop.example.com/');
  await user.click(screen.getByRole('switch', { name: text.requireBillingAddressLabel }));
  await user.click(screen.getByRole('button', { name: text.addMetadata }));
  await user.type(screen.getByRole('textbox', { name: text.metadataKeyLabel }), 'campaign');
  await user.type(screen.getByRole('textbox', { name: text.metadataValueLabel }), 'spring-2026');
}

const tally = { faults: 0, submits: 0, postsReached: 0, linksCreated: 0 };

describe.each(faultRoutes)('CheckoutLinkForm with createFetchClient $name', (route) => {
  it('keeps every typed value through each fault, shows the error, and creates one link once Polar is back', async () => {
    const { contract, upstream, requestsOf } = rig;
    const user = userEvent.setup();
    const created: CheckoutLink[] = [];
    const onCreated = vi.fn((link: CheckoutLink) => void created.push(link));
    render(
      <CheckoutLinksProvider client={rig.client(route, CLIENT_TIMEOUT)}>
        <CheckoutLinkForm onCreated={onCreated} />
      </CheckoutLinksProvider>,
    );
    await fillIn(user);
    const form = screen.getByRole('button', { name: text.submitCreate }).closest('form') as HTMLFormElement;
    const typed = typedValues(form);
    expect(typed.selected).toEqual(['Starter Kit']);
    const linksBefore = await contract.linkCount();

    for (const faultCase of faultCases) {
      const error = faultCase[route.key].post.error;
      if (!error) throw new Error(`${faultCase.name}: a POST under this fault cannot succeed.`);
      upstream.reached.length = 0;
      upstream.inject(faultCase.fault, { method: 'POST' });
      await user.click(screen.getByRole('button', { name: text.submitCreate }));
      await waitFor(() => expect(form).not.toHaveAttribute('aria-busy'), { timeout: (CLIENT_TIMEOUT + 1) * 1000 });
      upstream.recover();

      // The failure is told in the messages' words, at the top of the form.
      expect(screen.getByRole('group', { name: apiErrorMessage(defaultMessages, error) }), faultCase.name).toBeInTheDocument();
      expect(typedValues(form), faultCase.name).toEqual(typed);
      expect(requestsOf('POST'), faultCase.name).toBe(1);
      expect(onCreated).not.toHaveBeenCalled();
      tally.faults += 1;
      tally.submits += 1;
      tally.postsReached += requestsOf('POST');
    }
    expect(await contract.linkCount()).toBe(linksBefore);

    // Polar is back: one submit, one request, one link, with what was typed.
    upstream.reached.length = 0;
    await user.click(screen.getByRole('button', { name: text.submitCreate }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(requestsOf('POST')).toBe(1);
    expect(await contract.linkCount()).toBe(linksBefore + 1);
    expect(created[0]).toMatchObject({
      label: 'Spring sale',
      success_url: 'https://shop.example.com/thanks',
      return_url: 'https://shop.example.com/',
      require_billing_address: true,
      metadata: { campaign: 'spring-2026' },
      products: [expect.objectContaining({ name: 'Starter Kit' })],
    });
    tally.submits += 1;
    tally.postsReached += 1;
    tally.linksCreated += 1;
  }, 60_000);

  it('keeps the search and the selection when the product search fails, and finds products again on retry', async () => {
    const { upstream } = rig;
    const user = userEvent.setup();
    render(
      <CheckoutLinksProvider client={rig.client(route, CLIENT_TIMEOUT)}>
        <CheckoutLinkForm />
      </CheckoutLinksProvider>,
    );
    await fillIn(user);
    upstream.inject({ type: 'reset' }, { method: 'GET' });
    const search = screen.getByRole('searchbox', { name: text.productSearchLabel });
    await user.clear(search);
    await user.type(search, 'Pro');
    const expected = route.key === 'direct' ? { kind: 'network' as const } : { kind: 'server' as const };
    const retry = await screen.findByRole('button', { name: defaultMessages.errors.retry }, { timeout: 3000 });
    expect(retry.closest('p')).toHaveTextContent(apiErrorMessage(defaultMessages, expected));
    expect(search).toHaveValue('Pro');
    expect(typedValues(retry.closest('form') as HTMLElement).selected).toEqual(['Starter Kit']);

    upstream.recover();
    await user.click(retry);
    expect(await screen.findByRole('button', { name: 'Pro', pressed: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: defaultMessages.errors.retry })).not.toBeInTheDocument();
    tally.faults += 1;
  }, 30_000);
});

afterAll(() => {
  console.log(
    `fault suite (CheckoutLinkForm): ${tally.faults} faults through the builder (${faultCases.length} on submit and one on the product search, × ${faultRoutes.length} routes); ` +
      `${tally.submits} submits sent ${tally.postsReached} POSTs; typed values kept after every fault; ${tally.linksCreated} links created, one per route`,
  );
});
