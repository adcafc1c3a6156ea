import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import { makeMedia } from '../../testing/fixtures';
import { MediaGallery } from './MediaGallery';
import { safeHttpUrl } from './safeMedia';

describe('MediaGallery', () => {
  it('shows one image as a lazy hero with its size reserved and the product name as alt', () => {
    const media = makeMedia();
    render(<MediaGallery medias={[media]} productName="Pro plan" />);
    const image = screen.getByRole('img', { name: 'Pro plan' });
    expect(image).toHaveAttribute('src', media.public_url);
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('width', '640');
    expect(image).toHaveAttribute('height', '360');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows only images, by mime type, served over http(s)', () => {
    const medias = [
      makeMedia({ mime_type: 'application/pdf', public_url: 'https://files.example.com/manual.pdf' }),
      makeMedia({ mime_type: 'image/jpeg', public_url: 'http://files.example.com/photo.jpg' }),
      makeMedia({ public_url: 'data:image/png;base64,AAAA' }),
      makeMedia({ public_url: 'javascript:alert(1)' }),
    ];
    const { container } = render(<MediaGallery medias={medias} productName="Kit" />);
    expect([...container.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual(['http://files.example.com/photo.jpg']);
  });

  it('renders nothing without an image', () => {
    const { container } = render(<MediaGallery medias={[makeMedia({ mime_type: 'video/mp4' })]} productName="Kit" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('replaces a broken image with a placeholder of the same name', () => {
    render(<MediaGallery medias={[makeMedia()]} productName="Pro plan" />);
    fireEvent.error(screen.getByRole('img'));
    expect(screen.getByRole('img', { name: 'Pro plan (Image unavailable)' })).toHaveAttribute('data-state', 'error');
  });

  it('opens several images in a dialog that arrow keys page through and Escape closes, back on the thumbnail', async () => {
    const user = userEvent.setup();
    const medias = [makeMedia(), makeMedia(), makeMedia()];
    const { container } = render(<MediaGallery medias={medias} productName="Pro plan" />);
    const second = screen.getByRole('button', { name: 'Pro plan, image 2 of 3' });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(second);
    // The dialog loads on first use, as its own chunk.
    const dialog = await screen.findByRole('dialog', { name: 'Images of Pro plan' }, { timeout: 5000 });
    expect(dialog).toHaveTextContent('2 of 3');
    await user.keyboard('{ArrowRight}');
    expect(dialog).toHaveTextContent('3 of 3');
    expect(screen.getByRole('img', { name: 'Pro plan, image 3 of 3' })).toHaveAttribute('src', medias[2]?.public_url);
    await user.keyboard('{ArrowRight}');
    expect(dialog).toHaveTextContent('1 of 3');
    await user.keyboard('{End}');
    expect(dialog).toHaveTextContent('3 of 3');
    expect(await axeViolations(document.body)).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second).toHaveFocus();
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http(s) URLs only', () => {
    expect(safeHttpUrl('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
    for (const url of ['javascript:alert(1)', '\tjavascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '//cdn.example.com/a.png', 'a.png', 'vbscript:x', 42]) {
      expect(safeHttpUrl(url)).toBeNull();
    }
  });
});
