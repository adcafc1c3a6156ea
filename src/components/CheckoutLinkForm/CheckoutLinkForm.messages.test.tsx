import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import { deMessages } from '../../messages';
import { CheckoutLinkForm } from './CheckoutLinkForm';


describe('CheckoutLinkForm: words', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('speaks German with the German message set, errors and prices included', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />, { messages: deMessages, locale: 'de-DE' });
    await user.click(screen.getByRole('button', { name: 'Link erstellen' }));
    expect(screen.getByRole('searchbox', { name: 'Produkte suchen' })).toHaveAccessibleDescription(/Wähle mindestens ein Produkt\./);
    expect(screen.getByRole('group', { name: '1 Problem beheben, um fortzufahren' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Pro' }));
    expect(screen.getByRole('region', { name: 'Vorschau' })).toHaveTextContent('14 Tage kostenlos, danach 19 $ / Mon.');
    expect(screen.getByRole('region', { name: 'Abonnements' })).toBeInTheDocument();
  });

  it('replaces only the words a partial override names', () => {
    renderWithPolar(<CheckoutLinkForm />, { messages: { builder: { labelLabel: 'Internal name' } } });
    expect(screen.getByRole('textbox', { name: 'Internal name' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Success URL' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create link' })).toBeInTheDocument();
  });
});
