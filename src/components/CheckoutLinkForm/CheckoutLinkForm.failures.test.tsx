import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import type { PolarApiErrorKind } from '../../client';
import { defaultMessages } from '../../messages';
import { CheckoutLinkForm } from './CheckoutLinkForm';


const createCalls = (client: { calls: readonly { operation: string }[] }) => client.calls.filter((call) => call.operation === 'checkoutLinks.create');

/** Fills the form the same way each time: two products, a label, a success URL and one metadata pair. */
async function fillForm(user: ReturnType<typeof import('@testing-library/user-event').default.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Pro' }));
  await user.click(await screen.findByRole('button', { name: 'Starter Kit' }));
  await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Launch');
  await user.type(screen.getByRole('textbox', { name: 'Success URL' }), 'https://acme.test/thanks');
  await user.click(screen.getByRole('button', { name: 'Add metadata' }));
  await user.keyboard('campaign');
  await user.type(screen.getByRole('textbox', { name: 'Value' }), 'spring');
}

function expectInputKept() {
  expect(screen.getByRole('textbox', { name: 'Label' })).toHaveValue('Launch');
  expect(screen.getByRole('textbox', { name: 'Success URL' })).toHaveValue('https://acme.test/thanks');
  expect(screen.getByRole('textbox', { name: 'Key' })).toHaveValue('campaign');
  expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('spring');
  expect(screen.getByRole('list', { name: 'Selected products' })).toHaveTextContent(/Pro.*Starter Kit/);
}

const requestFailures: { kind: Exclude<PolarApiErrorKind, 'validation'>; retryAfter?: number; says: string }[] = [
  { kind: 'network', says: defaultMessages.errors.kinds.network },
  { kind: 'timeout', says: defaultMessages.errors.kinds.timeout },
  { kind: 'server', says: defaultMessages.errors.kinds.server },
  { kind: 'rate_limited', retryAfter: 20, says: 'Too many requests. Try again in 20 s.' },
  { kind: 'unauthorized', says: defaultMessages.errors.kinds.unauthorized },
  { kind: 'forbidden', says: defaultMessages.errors.kinds.forbidden },
  { kind: 'not_found', says: defaultMessages.errors.kinds.not_found },
  { kind: 'invalid_response', says: defaultMessages.errors.kinds.invalid_response },
];

describe('CheckoutLinkForm: when Polar fails', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it.each(requestFailures)('keeps everything typed after a $kind failure, says so at the top, and sends again on request', async ({ kind, retryAfter, says }) => {
    const onCreated = vi.fn();
    const { user, client } = renderWithPolar(<CheckoutLinkForm onCreated={onCreated} />, {
      memory: { fail: { 'checkoutLinks.create': { kind, retryAfter, times: 1 } } },
    });
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Create link' }));

    const summary = await screen.findByRole('group', { name: says });
    await waitFor(() => expect(summary).toHaveFocus());
    expectInputKept();
    expect(onCreated).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(createCalls(client)).toHaveLength(2);
    expect(screen.queryByRole('group', { name: says })).not.toBeInTheDocument();
  });

  it('puts a 422 on several fields at those fields, lists them at the top and focuses the first', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />, {
      memory: {
        fail: {
          'checkoutLinks.create': {
            kind: 'validation',
            fieldErrors: {
              'products.1': ['This product is not available for links.'],
              success_url: ['This host is not allowed.'],
              'metadata.campaign': ['Reserved key.'],
            },
          },
        },
      },
    });
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Create link' }));

    const summary = await screen.findByRole('group', { name: 'Fix 3 problems to continue' });
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).toEqual([
      'This product is not available for links.',
      'This host is not allowed.',
      'Reserved key.',
    ]);
    const starterKitButton = screen.getByRole('button', { name: 'Remove Starter Kit' });
    await waitFor(() => expect(starterKitButton).toHaveFocus());
    expect(starterKitButton).toHaveAccessibleDescription('This product is not available for links.');
    expect(screen.getByRole('textbox', { name: 'Success URL' })).toHaveAccessibleDescription(/This host is not allowed\./);
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveAccessibleDescription('Reserved key.');
    expectInputKept();

    // Changing a field takes Polar's error away from it.
    await user.type(screen.getByRole('textbox', { name: 'Success URL' }), '/ok');
    expect(screen.getByRole('textbox', { name: 'Success URL' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows the pending state and sends one request however often submit is pressed', async () => {
    const onSubmittingChange = vi.fn();
    const { user, client } = renderWithPolar(<CheckoutLinkForm onSubmittingChange={onSubmittingChange} />, {
      // Long enough to still be pending after the presses below, even on a busy machine.
      memory: { latencyMs: { 'checkoutLinks.create': 1500 } },
    });
    await user.click(await screen.findByRole('button', { name: 'Starter Kit' }));
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    const pending = screen.getByRole('button', { name: 'Creating link…' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    expect(pending.closest('form')).toHaveAttribute('aria-busy', 'true');
    await user.click(pending);
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Create link' }, { timeout: 5000 });
    expect(createCalls(client)).toHaveLength(1);
    expect(onSubmittingChange.mock.calls.map(([submitting]) => submitting)).toEqual([false, true, false]);
  });

  it('sends nothing while the values are invalid', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(await screen.findByRole('button', { name: 'Starter Kit' }));
    await user.type(screen.getByRole('textbox', { name: 'Return URL' }), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getByRole('textbox', { name: 'Return URL' })).toHaveFocus();
    expect(createCalls(client)).toHaveLength(0);
  });
});
