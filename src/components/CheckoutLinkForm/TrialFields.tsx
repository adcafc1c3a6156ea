'use client';
import { recurringIntervals } from '../../contract';
import type { UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { BuilderMessages } from '../../messages';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

export interface TrialFieldsProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  messages: BuilderMessages;
}

/** The free trial: its unit and length, which Polar takes only together. */
export function TrialFields({ form, messages }: TrialFieldsProps) {
  return (
    <fieldset className="pcl-builder__section pcl-builder__row">
      <legend className="pcl-label">{messages.trialLabel}</legend>
      <p className="pcl-help pcl-builder__wide">{messages.trialHelp}</p>
      <SelectField
        form={form}
        name="trial_interval"
        label={messages.trialIntervalLabel}
        options={[{ value: '', label: messages.noTrial }, ...recurringIntervals.map((interval) => ({ value: interval, label: messages.trialIntervals[interval] }))]}
      />
      <TextField form={form} name="trial_interval_count" label={messages.trialIntervalCountLabel} inputProps={{ inputMode: 'numeric', autoComplete: 'off' }} />
    </fieldset>
  );
}
