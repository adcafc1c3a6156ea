/** An exact decimal number: `units / 10^scale`. Metered prices are sub-cent strings like "0.0125". */
export interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Parses a decimal string or a finite number; `null` for anything else. */
export function parseDecimal(value: unknown): Decimal | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // Exponent notation ("1e-7") is not a plain decimal; toFixed(20) spells it out.
    return parseDecimal(/e/i.test(String(value)) ? value.toFixed(20) : String(value));
  }
  if (typeof value !== 'string') return null;
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const units = BigInt(`${whole}${fraction}` || '0');
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

/** Multiplies by `10^places` (negative places divide). */
export function shiftDecimal({ units, scale }: Decimal, places: number): Decimal {
  const nextScale = scale - places;
  return nextScale >= 0 ? { units, scale: nextScale } : { units: units * 10n ** BigInt(-nextScale), scale: 0 };
}

/** Multiplies by an integer. */
export function multiplyDecimal({ units, scale }: Decimal, factor: number): Decimal {
  return { units: units * BigInt(Math.trunc(factor)), scale };
}

/** The plain decimal text, without trailing fraction zeros: `{ units: 1250n, scale: 5 }` → "0.0125". */
export function decimalToString({ units, scale }: Decimal): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

