import * as z from 'zod/mini';
import { dateTimeSchema, metadataOutputSchema, openEnum, type Metadata, type OpenEnum } from './primitives';

export const benefitTypes = [
  'custom',
  'discord',
  'github_repository',
  'downloadables',
  'license_keys',
  'meter_credit',
  'feature_flag',
  'slack_shared_channel',
] as const;
export type BenefitType = OpenEnum<(typeof benefitTypes)[number]>;

export type BenefitVisibility = OpenEnum<'draft' | 'private' | 'public'>;

/**
 * A benefit as a checkout link embeds it (public fields only) or as `/v1/products` returns it
 * (with `visibility`, `properties` and `metadata`). Unknown types are kept.
 */
export interface Benefit {
  id: string;
  created_at: string;
  modified_at: string | null;
  type: BenefitType;
  description: string;
  selectable?: boolean;
  deletable?: boolean;
  is_deleted?: boolean;
  organization_id: string;
  visibility?: BenefitVisibility;
  /** 2026-10: whether the merchant may change `visibility`. */
  visibility_configurable?: boolean;
  metadata?: Metadata;
  properties?: object;
}

export const benefitSchema: z.ZodMiniType<Benefit> = z.looseObject({
  id: z.string(),
  created_at: dateTimeSchema,
  modified_at: z.nullable(dateTimeSchema),
  type: openEnum(benefitTypes),
  description: z.string(),
  selectable: z.optional(z.boolean()),
  deletable: z.optional(z.boolean()),
  is_deleted: z.optional(z.boolean()),
  organization_id: z.string(),
  visibility: z.optional(openEnum(['draft', 'private', 'public'])),
  visibility_configurable: z.optional(z.boolean()),
  metadata: z.optional(metadataOutputSchema),
  properties: z.optional(z.record(z.string(), z.unknown())),
});
