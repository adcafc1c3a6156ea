import type { FormatMessages } from '../../format';
import type { ProductCardMessages } from '../../messages';

/** Every word a product card shows: its own and the formatters'. */
export type ProductCardText = ProductCardMessages & FormatMessages;
