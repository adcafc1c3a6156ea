'use client';
import { useId, useState } from 'react';
import type { ProductPrice, ProductPriceSeatBased } from '../../contract';
import { formatSeatTiers } from '../../format';
import type { ProductCardTextContext } from './useProductCardText';
import { visuallyHidden } from './visuallyHidden';

/** The tiers of a seat-based price, in a table behind a toggle. */
export function SeatTierTable({ price, locale, messages }: { price: ProductPriceSeatBased } & ProductCardTextContext) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <div className="pcl-seat-tiers" data-state={open ? 'open' : 'closed'}>
      <button type="button" className="pcl-link-button" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((value) => !value)}>
        {open ? messages.hideSeatTiers : messages.showSeatTiers}
      </button>
      <table className="pcl-seat-tiers__table" id={tableId} hidden={!open}>
        <thead>
          <tr>
            <th scope="col">{messages.seatTiersSeats}</th>
            <th scope="col">{messages.seatTiersPricePerSeat}</th>
          </tr>
        </thead>
        {open ? (
          <tbody>
            {formatSeatTiers(price, { locale, messages }).map((tier) => (
              <tr key={tier.seats.label}>
                <td>
                  <span aria-hidden="true">{tier.seats.label}</span>
                  <span style={visuallyHidden}>{tier.seats.spoken}</span>
                </td>
                <td>
                  <span aria-hidden="true">{tier.price.label}</span>
                  <span style={visuallyHidden}>{tier.price.spoken}</span>
                </td>
              </tr>
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}

/** The tier table of a seat-based price with several tiers; `null` for any other price. */
export function seatTierTable(price: ProductPrice, text: ProductCardTextContext) {
  const tiers = price.amount_type === 'seat_based' && (price as ProductPriceSeatBased).seat_tiers?.tiers?.length > 1;
  return tiers ? <SeatTierTable price={price as ProductPriceSeatBased} {...text} /> : null;
}
