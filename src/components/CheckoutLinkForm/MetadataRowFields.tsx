'use client';
import { METADATA_KEY_MAX_LENGTH, METADATA_VALUE_MAX_LENGTH } from '../../contract';
import { useFormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { BuilderMessages, MetadataValueType } from '../../messages';
import { counterId, LengthCounter } from './LengthCounter';

export interface MetadataRowFieldsProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  rowId: string;
  messages: BuilderMessages;
  onRemove: (rowId: string) => void;
}

const valueTypes: readonly MetadataValueType[] = ['text', 'number', 'boolean'];

/** One metadata pair: key, type and value, re-rendered only when this row changes. */
export function MetadataRowFields({ form, rowId, messages, onRemove }: MetadataRowFieldsProps) {
  const key = useFormField(form, `metadata.${rowId}.key`);
  const type = useFormField(form, `metadata.${rowId}.type`);
  const value = useFormField(form, `metadata.${rowId}.value`);
  const keyCounter = counterId(key.ids.input, key.value, METADATA_KEY_MAX_LENGTH);
  const valueCounter = type.value === 'text' ? counterId(value.ids.input, value.value, METADATA_VALUE_MAX_LENGTH) : undefined;

  return (
    <li className="pcl-metadata__row">
      <div className="pcl-field" data-invalid={key.invalid ? '' : undefined}>
        <label {...key.getLabelProps({ className: 'pcl-label' })}>{messages.metadataKeyLabel}</label>
        <input {...key.getInputProps({ className: 'pcl-input', autoComplete: 'off', spellCheck: false, 'aria-describedby': keyCounter })} />
        <LengthCounter id={keyCounter} text={key.value} max={METADATA_KEY_MAX_LENGTH} format={messages.characterCount} />
        <p {...key.getErrorProps({ className: 'pcl-error' })}>{key.error}</p>
      </div>
      <div className="pcl-field">
        <label {...type.getLabelProps({ className: 'pcl-label' })}>{messages.metadataTypeLabel}</label>
        <select {...type.getInputProps({ className: 'pcl-select' })}>
          {valueTypes.map((option) => (
            <option key={option} value={option}>
              {messages.metadataTypes[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="pcl-field" data-invalid={value.invalid ? '' : undefined}>
        <label {...value.getLabelProps({ className: 'pcl-label' })}>{messages.metadataValueLabel}</label>
        {type.value === 'boolean' ? (
          <select {...value.getInputProps({ className: 'pcl-select' })}>
            <option value="true">{messages.metadataTrue}</option>
            <option value="false">{messages.metadataFalse}</option>
          </select>
        ) : (
          <input
            {...value.getInputProps({
              className: 'pcl-input',
              autoComplete: 'off',
              inputMode: type.value === 'number' ? ('decimal' as const) : undefined,
              'aria-describedby': valueCounter,
            })}
          />
        )}
        <LengthCounter id={valueCounter} text={value.value} max={METADATA_VALUE_MAX_LENGTH} format={messages.characterCount} />
        <p {...value.getErrorProps({ className: 'pcl-error' })}>{value.error}</p>
      </div>
      <button type="button" className="pcl-button pcl-metadata__remove" data-size="small" onClick={() => onRemove(rowId)}>
        {messages.removeMetadata(key.value)}
      </button>
    </li>
  );
}
