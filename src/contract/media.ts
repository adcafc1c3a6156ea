import * as z from 'zod/mini';
import { dateTimeSchema } from './primitives';

/** A file attached to a product (`ProductMediaFileRead`). Only `public_url` is served to buyers. */
export interface ProductMedia {
  id: string;
  organization_id: string;
  name: string;
  path: string;
  mime_type: string;
  size: number;
  size_readable?: string;
  public_url: string;
  is_uploaded?: boolean;
  service?: string;
  created_at: string;
  last_modified_at?: string | null;
  storage_version?: string | null;
  checksum_etag?: string | null;
  checksum_sha256_base64?: string | null;
  checksum_sha256_hex?: string | null;
  version?: string | null;
}

const nullableString = z.optional(z.nullable(z.string()));

export const productMediaSchema: z.ZodMiniType<ProductMedia> = z.looseObject({
  id: z.string(),
  organization_id: z.string(),
  name: z.string(),
  path: z.string(),
  mime_type: z.string(),
  size: z.int(),
  size_readable: z.optional(z.string()),
  public_url: z.string(),
  is_uploaded: z.optional(z.boolean()),
  service: z.optional(z.string()),
  created_at: dateTimeSchema,
  last_modified_at: z.optional(z.nullable(dateTimeSchema)),
  storage_version: nullableString,
  checksum_etag: nullableString,
  checksum_sha256_base64: nullableString,
  checksum_sha256_hex: nullableString,
  version: nullableString,
});
