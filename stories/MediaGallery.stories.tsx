import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MediaGallery } from '../src/components/ProductCard';
import { catalogue, makeMedia } from '../src/testing';
import { withMaxWidth } from './withMaxWidth';

const intro = `
**MediaGallery** shows a product's pictures. One picture shows as a hero image; several show as a strip
of thumbnails (the first one large), the last saying "+N" when more follow. A thumbnail opens the
gallery: a modal dialog with one image at a time, previous and next buttons, the arrow keys (mirrored
right to left), Home and End, and Escape to close — focus then returns to the thumbnail that opened it.
\`ProductCard\` shows one at its top; use it alone on a product page.

- **medias** — the product's \`medias\`. Only images (by \`mime_type\`) served over http(s) are shown:
  a \`javascript:\` or \`data:\` URL never reaches an \`src\`. An image that fails to load keeps its place
  with an "Image unavailable" placeholder.
- **productName** — the images' alternative text is made from it ("Pro, image 2 of 6").
- **maxThumbnails** — how many thumbnails show before "+N" (default 4).
- **messages** — else those of \`CheckoutLinksProvider\` (\`messages.card\`), else English.

It renders nothing when there is no image. The gallery's dialog (Radix Dialog) is mounted only while
open and takes the theme and direction of the thumbnail that opened it into its portal.

**Built on** \`galleryImages\` and \`safeHttpUrl\` (exported too), which pick the images that may be shown.
`;

/** Every picture of the catalogue: SVG files served by Storybook itself (no network). */
const pictures = catalogue.products.flatMap((product) => product.medias);

const meta = {
  title: 'Parts/MediaGallery',
  component: MediaGallery,
  tags: ['autodocs'],
  // The gallery renders into <body>, outside the story's root: axe checks the whole page.
  parameters: { docs: { description: { component: intro } }, a11y: { context: 'body' } },
  args: { productName: 'Pro', medias: pictures.slice(0, 6) },
  argTypes: { medias: { control: false }, messages: { control: false } },
  decorators: [withMaxWidth(360)],
} satisfies Meta<typeof MediaGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Six pictures: a large first thumbnail, then three more, the last saying "+2". */
export const ManyImages: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button')).toHaveLength(4);
    await expect(canvas.getByRole('button', { name: /Show all 6 images/ })).toHaveTextContent('+2');
  },
};

/** One picture shows as a hero image, with nothing to open. */
export const OneImage: Story = {
  args: { medias: pictures.slice(0, 1) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Pro' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

/** Two pictures: both thumbnails, no "+N". */
export const TwoImages: Story = {
  args: { medias: pictures.slice(0, 2) },
};

/** No picture: nothing is rendered. */
export const NoImages: Story = {
  args: { medias: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.pcl-media')).toBeNull();
  },
};

/** Opening the gallery from a thumbnail, paging with the arrow keys, closing with Escape. */
export const Gallery: Story = {
  play: async ({ canvasElement }) => {
    const thumbnail = within(canvasElement).getByRole('button', { name: 'Pro, image 2 of 6' });
    await userEvent.click(thumbnail);
    const gallery = await within(document.body).findByRole('dialog', { name: 'Images of Pro' });
    await expect(gallery).toHaveTextContent('2 of 6');
    await userEvent.keyboard('{ArrowRight}');
    await expect(gallery).toHaveTextContent('3 of 6');
    await userEvent.keyboard('{End}');
    await expect(gallery).toHaveTextContent('6 of 6');
    await userEvent.click(within(gallery).getByRole('button', { name: 'Next image' }));
    await expect(gallery).toHaveTextContent('1 of 6');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).not.toBeInTheDocument());
    await expect(thumbnail).toHaveFocus();
  },
};

/** The gallery left open, to review how it looks. */
export const GalleryOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pro, image 1 of 6' }));
    await within(document.body).findByRole('dialog', { name: 'Images of Pro' });
  },
};

/** Two thumbnails before "+N" (`maxThumbnails={2}`). */
export const FewerThumbnails: Story = {
  args: { maxThumbnails: 2 },
};

/** An image that fails to load keeps its place with a placeholder. */
export const BrokenImage: Story = {
  args: { medias: [makeMedia({ public_url: new URL('/no-such-image.png', window.location.href).href }), ...pictures.slice(0, 2)] },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('img', { name: 'Pro, image 1 of 3 (Image unavailable)' }, { timeout: 3000 });
  },
};

/** javascript:, data: and non-image medias are left out; only the one safe picture shows. */
export const HostileUrls: Story = {
  args: {
    medias: [
      makeMedia({ public_url: 'javascript:alert(1)' }),
      makeMedia({ public_url: 'data:image/svg+xml,<svg onload="alert(1)"/>' }),
      makeMedia({ mime_type: 'application/pdf', public_url: 'https://acme.test/terms.pdf' }),
      pictures[0]!,
    ],
  },
  play: async ({ canvasElement }) => {
    const sources = [...canvasElement.querySelectorAll('img')].map((image) => image.getAttribute('src'));
    await expect(sources).toEqual([pictures[0]!.public_url]);
  },
};

/** Arabic: the strip starts on the right, and the arrow keys are mirrored in the gallery. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pro, image 1 of 6' }));
    const gallery = await within(document.body).findByRole('dialog', { name: 'Images of Pro' });
    await userEvent.keyboard('{ArrowLeft}');
    await expect(gallery).toHaveTextContent('2 of 6');
  },
};
