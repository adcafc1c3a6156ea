// Type-level proof, checked by `tsc --noEmit` in `npm test`: the official SDK is a PolarClient as is.
import { createPolar } from '@polar-sh/sdk/2026-10';
import { expectTypeOf } from 'vitest';
import type { PolarClient } from './PolarClient';

const sdk = createPolar({ accessToken: 'polar_oat_type_level_only' });

expectTypeOf(sdk).toExtend<PolarClient>();

// The same through a plain annotation, the way a host passes it to the provider.
export const client: PolarClient = sdk;
