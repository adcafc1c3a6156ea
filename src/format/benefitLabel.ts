import type { Benefit, BenefitType } from '../contract';
import { resolveFormatMessages, type FormatMessages } from './messages';

const benefitMessages: Record<string, keyof FormatMessages> = {
  custom: 'benefitCustom',
  discord: 'benefitDiscord',
  github_repository: 'benefitGithubRepository',
  downloadables: 'benefitDownloadables',
  license_keys: 'benefitLicenseKeys',
  meter_credit: 'benefitMeterCredit',
  feature_flag: 'benefitFeatureFlag',
  slack_shared_channel: 'benefitSlackSharedChannel',
};

/** What kind of benefit this is, in words ("License key"); a neutral "Benefit" for unknown types. */
export function benefitLabel(benefit: Pick<Benefit, 'type'> | BenefitType, messages?: Partial<FormatMessages>): string {
  const type = typeof benefit === 'string' ? benefit : benefit.type;
  const resolved = resolveFormatMessages(messages);
  const key = Object.hasOwn(benefitMessages, type) ? benefitMessages[type] : undefined;
  return resolved[key ?? 'benefitOther'] as string;
}
