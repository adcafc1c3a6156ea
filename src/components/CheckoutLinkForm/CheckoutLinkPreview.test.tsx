import { screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import { FormField, useCheckoutLinkForm } from '../../hooks';
import { catalogue, catalogueIds } from '../../testing';
import { CheckoutLinkForm } from './CheckoutLinkForm';
import { CheckoutLinkPreview } from './CheckoutLinkPreview';


const ids = catalogueIds.products;
const preview = () => screen.getByRole('region', { name: 'Preview' });

describe('CheckoutLinkPreview', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('shows the selected products in order with the preset discount as was/now and the trial', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    expect(preview()).toHaveTextContent('Choose products to see what buyers get.');
    await user.click(await screen.findByRole('button', { name: 'Pro (yearly)' }));
    await user.click(await screen.findByRole('button', { name: 'Pro' }));
    expect(within(preview()).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Pro (yearly)', 'Pro']);
    // Pro sells a 14-day trial of its own.
    expect(preview()).toHaveTextContent('14 days free, then $19 / mo');

    await user.click(await screen.findByRole('radio', { name: /Pro: 30% off/ }));
    const pro = within(preview()).getAllByRole('article')[1]!;
    expect(pro).toHaveTextContent('$13.30');
    expect(pro.querySelector('s')).toHaveTextContent('$19');
    expect(preview()).toHaveTextContent('14 days free, then $13.30 / mo');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Trial unit' }), 'Months');
    await user.type(screen.getByRole('textbox', { name: 'Trial length' }), '1');
    expect(preview()).toHaveTextContent('1 month free, then $13.30 / mo');
    expect(preview()).toHaveTextContent('1 month free, then $133 / yr');
  });

  it('shows the seats the link locks', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(await screen.findByRole('button', { name: 'Team' }));
    await user.type(screen.getByRole('textbox', { name: 'Seats' }), '5');
    expect(preview()).toHaveTextContent('5 seats, set by this link');
  });

  it('asks nothing of the server while the form is filled in', async () => {
    const team = catalogue.products.find((product) => product.id === ids.teamSeats)!;
    const { user, client } = renderWithPolar(<CheckoutLinkForm products={[team]} defaultValues={{ products: [team.id] }} />);
    await screen.findByRole('button', { name: 'Starter Kit' });
    const before = client.calls.length;
    await user.type(screen.getByRole('textbox', { name: 'Seats' }), '12');
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Teams');
    expect(preview()).toHaveTextContent('12 seats, set by this link');
    expect(client.calls).toHaveLength(before);
  });

  it('does not re-render while the user types in fields it does not show', async () => {
    const renders: string[] = [];
    function Builder() {
      const form = useCheckoutLinkForm({ products: catalogue.products, defaultValues: { products: [ids.proMonthly] } });
      return (
        <>
          <FormField form={form} name="label">
            {(field) => (
              <>
                <label {...field.getLabelProps()}>Label</label>
                <input {...field.getInputProps()} />
              </>
            )}
          </FormField>
          <FormField form={form} name="trial_interval_count">
            {(field) => (
              <>
                <label {...field.getLabelProps()}>Trial length</label>
                <input {...field.getInputProps()} />
              </>
            )}
          </FormField>
          <Profiler id="preview" onRender={(id) => renders.push(id)}>
            <CheckoutLinkPreview form={form} />
          </Profiler>
        </>
      );
    }
    const { user } = renderWithPolar(<Builder />);
    const initial = renders.length;
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'A long label typed key by key');
    expect(renders).toHaveLength(initial);
    await user.type(screen.getByRole('textbox', { name: 'Trial length' }), '7');
    expect(renders.length).toBeGreaterThan(initial);
  });
});
