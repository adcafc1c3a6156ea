import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CreateCheckoutLinkDialog } from '../src/components/CreateCheckoutLinkDialog';
import { catalogueIds, type MemoryClient } from '../src/testing';
import type { PolarLoaded, PolarStoryParameters } from '../.storybook/polarClient';

const intro = `
**CreateCheckoutLinkDialog** is the whole flow behind one button: it opens \`CheckoutLinkForm\` in a
dialog and, once Polar has created the link, switches to \`CheckoutLinkShare\` for it, with "Create
another link" and "Done".

- **Focus** is trapped inside while open, lands on the new title when the share panel appears, and
  returns to the trigger on close.
- **Escape**, a click outside and the close button close it — except while the link is being created,
  so a request is never cut off halfway.
- The dialog has a **title** and a **description** for screen readers, and carries the theme
  (\`data-theme\`), direction and language of its trigger's surroundings into its portal.

**Props**: \`trigger\` (your own button; a "Create checkout link" button by default), \`onCreated(link)\`,
\`defaultValues\` and \`products\` (for the form), \`open\` / \`defaultOpen\` / \`onOpenChange\`
(controlled or not), \`container\` (where it portals) and \`className\`.

**Built on** Radix Dialog (\`@radix-ui/react-dialog\`), \`CheckoutLinkForm\`, \`CheckoutLinkShare\` and
\`useMessages\` (\`messages.dialog\`, \`messages.share\`).
`;

const meta = {
  title: 'CreateCheckoutLinkDialog',
  component: CreateCheckoutLinkDialog,
  tags: ['autodocs'],
  // The dialog renders into <body>, outside the story's root: axe checks the whole page.
  parameters: { docs: { description: { component: intro } }, a11y: { context: 'body' } },
  args: { onCreated: fn(), onOpenChange: fn() },
  argTypes: { trigger: { control: false }, container: { control: false }, products: { control: false } },
} satisfies Meta<typeof CreateCheckoutLinkDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialog = () => within(document.body).getByRole('dialog');

/** The trigger, as it sits on an admin page. */
export const Closed: Story = {};

/** From the trigger to the share panel: open, pick a product, create, share, close with Escape. */
export const FromTriggerToSharePanel: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Create checkout link' });
    await userEvent.click(trigger);
    await expect(dialog()).toHaveAccessibleDescription('Choose what buyers get; share the link to sell it.');
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Tip Jar' }, { timeout: 3000 }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    const title = await within(dialog()).findByRole('heading', { name: 'Your checkout link is ready' });
    await waitFor(() => expect(title).toHaveFocus());
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1));
    const client = (loaded as PolarLoaded).polarClient as MemoryClient;
    const created = await client.checkoutLinks.list({ product_id: catalogueIds.products.tipJar });
    await expect(within(dialog()).getByRole('textbox', { name: 'Checkout link' })).toHaveValue(created.items.at(-1)!.url);
    await userEvent.type(within(dialog()).getByRole('textbox', { name: 'Amount (pay what you want)' }), '5');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};

/** The share panel left open after creating a link for two products, to review how it looks. */
export const SharePanel: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Pro' }, { timeout: 3000 }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Tip Jar' }));
    await userEvent.type(within(dialog()).getByRole('textbox', { name: 'Label' }), 'Spring launch');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await within(dialog()).findByRole('heading', { name: 'Your checkout link is ready' });
  },
};

/** After sharing, "Create another link" goes back to an empty form; "Done" closes the dialog. */
export const CreateAnotherLink: Story = {
  args: { defaultOpen: true },
  play: async ({ args }) => {
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Starter Kit' }, { timeout: 3000 }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Create another link' }));
    await expect(await within(dialog()).findByRole('button', { name: 'Create link' })).toBeInTheDocument();
    await expect(within(dialog()).queryByRole('button', { name: 'Move Starter Kit up' })).not.toBeInTheDocument();
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Tip Jar' }, { timeout: 3000 }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).not.toBeInTheDocument());
    await expect(args.onCreated).toHaveBeenCalledTimes(2);
  },
};

/** Polar cannot be reached: the dialog stays on the form with the error, nothing chosen is lost. */
export const NetworkFailure: Story = {
  args: { defaultOpen: true },
  parameters: { polar: { memory: { fail: { 'checkoutLinks.create': 'network' } } } satisfies PolarStoryParameters },
  play: async () => {
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Starter Kit' }, { timeout: 3000 }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await within(dialog()).findByRole('group', { name: 'Could not reach Polar. Check your connection and try again.' });
    await expect(within(dialog()).getByRole('button', { name: 'Remove Starter Kit' })).toBeInTheDocument();
  },
};

/** Open from the start, on the form. */
export const Open: Story = { args: { defaultOpen: true } };

/** While Polar has not answered, Escape and the close button leave the dialog open. */
export const PendingStaysOpen: Story = {
  args: { defaultOpen: true },
  parameters: { polar: { memory: { latencyMs: { 'checkoutLinks.create': Number.POSITIVE_INFINITY } } } satisfies PolarStoryParameters },
  play: async () => {
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Starter Kit' }, { timeout: 3000 }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }));
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Close' }));
    await expect(within(dialog()).getByRole('button', { name: 'Creating link…' })).toBeInTheDocument();
  },
};

/** The host's own trigger, and starting values for the form. */
export const CustomTrigger: Story = {
  args: {
    trigger: (
      <button type="button" className="pcl-button">
        Sell the Starter Kit
      </button>
    ),
    defaultValues: { products: [catalogueIds.products.starterKit], label: 'Starter Kit link' },
  },
};

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = { args: { defaultOpen: true }, globals: { theme: 'dark' } };

/** Arabic, right to left. */
export const RightToLeft: Story = { args: { defaultOpen: true }, globals: { locale: 'ar' } };
