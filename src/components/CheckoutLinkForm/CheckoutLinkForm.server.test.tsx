// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckoutLinksProvider } from '../../hooks';
import { catalogue, catalogueIds, createMemoryClient } from '../../testing';
import { CheckoutLinkShare } from '../CheckoutLinkShare';
import { CreateCheckoutLinkDialog } from '../CreateCheckoutLinkDialog';
import { CheckoutLinkForm } from './CheckoutLinkForm';

const link = catalogue.links.find((candidate) => candidate.id === catalogueIds.links.homepagePro)!;
const onServer = (element: React.ReactNode) =>
  renderToString(<CheckoutLinksProvider client={createMemoryClient()}>{element}</CheckoutLinksProvider>);

describe('the builder rendered on the server', () => {
  it('renders the form with its values and preview, asking nothing of Polar', () => {
    const client = createMemoryClient();
    const html = renderToString(
      <CheckoutLinksProvider client={client}>
        <CheckoutLinkForm link={link} />
      </CheckoutLinksProvider>,
    );
    expect(html).toContain('value="Homepage: Pro"');
    expect(html).toContain('Save changes');
    expect(html).toContain('Pro (yearly)');
    expect(client.calls).toEqual([]);
  });

  it('renders the share panel and the dialog trigger', () => {
    expect(onServer(<CheckoutLinkShare link={link} />)).toContain(`value="${link.url}"`);
    expect(onServer(<CreateCheckoutLinkDialog />)).toContain('Create checkout link');
  });
});
