import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import { CreateCheckoutLinkDialog } from './CreateCheckoutLinkDialog';


const dialog = () => screen.getByRole('dialog');

describe('CreateCheckoutLinkDialog', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('opens the builder from its trigger, with a title and a description', async () => {
    const { user } = renderWithPolar(<CreateCheckoutLinkDialog />);
    await user.click(screen.getByRole('button', { name: 'Create checkout link' }));
    expect(dialog()).toHaveAccessibleName('Create checkout link');
    expect(dialog()).toHaveAccessibleDescription('Choose what buyers get; share the link to sell it.');
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog()).getByRole('button', { name: 'Create link' })).toBeInTheDocument();
  });

  it('keeps focus inside while open and returns it to the trigger when Escape closes it', async () => {
    const { user } = renderWithPolar(
      <>
        <button type="button">Before</button>
        <CreateCheckoutLinkDialog />
      </>,
    );
    const trigger = screen.getByRole('button', { name: 'Create checkout link' });
    await user.click(trigger);
    await within(dialog()).findByRole('button', { name: 'Starter Kit' });
    for (let step = 0; step < 8; step++) {
      await user.tab({ shift: true });
      expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('creates the link, then shows it for sharing with focus on the new title', async () => {
    const onCreated = vi.fn();
    const { user } = renderWithPolar(<CreateCheckoutLinkDialog onCreated={onCreated} />);
    await user.click(screen.getByRole('button', { name: 'Create checkout link' }));
    await user.click(await within(dialog()).findByRole('button', { name: 'Starter Kit' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Create link' }));

    const title = await within(dialog()).findByRole('heading', { name: 'Your checkout link is ready' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(dialog()).toHaveAccessibleName('Your checkout link is ready');
    const link = onCreated.mock.calls[0]![0];
    expect(within(dialog()).getByRole('textbox', { name: 'Checkout link' })).toHaveValue(link.url);

    await user.click(within(dialog()).getByRole('button', { name: 'Create another link' }));
    expect(within(dialog()).getByText('No products selected yet.')).toBeInTheDocument();
  });

  it('stays open while the link is being created, however it is asked to close', async () => {
    // Long enough to still be pending after the attempts to close below, even on a busy machine.
    const { user } = renderWithPolar(<CreateCheckoutLinkDialog />, { memory: { latencyMs: { 'checkoutLinks.create': 1500 } } });
    await user.click(screen.getByRole('button', { name: 'Create checkout link' }));
    await user.click(await within(dialog()).findByRole('button', { name: 'Starter Kit' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    expect(within(dialog()).getByRole('button', { name: 'Creating link…' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(dialog()).toBeInTheDocument();
    await within(dialog()).findByRole('heading', { name: 'Your checkout link is ready' }, { timeout: 5000 });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('starts from an empty form each time it opens', async () => {
    const { user } = renderWithPolar(<CreateCheckoutLinkDialog />);
    await user.click(screen.getByRole('button', { name: 'Create checkout link' }));
    await user.click(await within(dialog()).findByRole('button', { name: 'Starter Kit' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await user.click(await within(dialog()).findByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create checkout link' }));
    expect(within(dialog()).getByRole('heading', { name: 'Create checkout link' })).toBeInTheDocument();
    expect(within(dialog()).getByText('No products selected yet.')).toBeInTheDocument();
  });

  it('takes a trigger of the host and carries its theme and direction into the portal', async () => {
    const { user } = renderWithPolar(
      <div data-theme="dark" dir="rtl" lang="ar">
        <CreateCheckoutLinkDialog trigger={<button type="button">New link</button>} />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'New link' }));
    expect(dialog()).toHaveAttribute('data-theme', 'dark');
    expect(dialog()).toHaveAttribute('dir', 'rtl');
    expect(dialog()).toHaveAttribute('lang', 'ar');
  });

  it('has no axe violations with the form or the share panel open', async () => {
    const { user } = renderWithPolar(<CreateCheckoutLinkDialog />);
    await user.click(screen.getByRole('button', { name: 'Create checkout link' }));
    await user.click(await within(dialog()).findByRole('button', { name: 'Tip Jar' }));
    expect(await axeViolations(document.body)).toEqual([]);
    await user.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await within(dialog()).findByRole('heading', { name: 'Your checkout link is ready' });
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
