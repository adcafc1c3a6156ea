'use client';
import { codePointLength } from '../../contract';

/** A limit is shown once the text reaches this share of it. */
const NEAR_LIMIT = 0.75;

/** The id a counter gets while shown (for `aria-describedby`), or `undefined` while the text is far from its limit. */
export function counterId(fieldInputId: string, text: string, max: number): string | undefined {
  return codePointLength(text) >= max * NEAR_LIMIT ? `${fieldInputId}-count` : undefined;
}

export interface LengthCounterProps {
  id: string | undefined;
  text: string;
  max: number;
  format: (count: number, max: number) => string;
}

/** "34 of 40 characters", shown as the text nears its limit; counted in code points as Polar counts. */
export function LengthCounter({ id, text, max, format }: LengthCounterProps) {
  if (!id) return null;
  const length = codePointLength(text);
  return (
    <p id={id} className="pcl-help pcl-counter" data-over={length > max ? '' : undefined}>
      {format(length, max)}
    </p>
  );
}
