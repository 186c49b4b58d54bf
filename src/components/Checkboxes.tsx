import { ChoiceList, type Choice } from './ChoiceList';
import { ErrorMessage } from './ErrorMessage';

interface CheckboxesProps<Value extends string> {
  /** The fieldset's id. */
  readonly id: string;
  /** Each box's id is `choiceId(idPrefix, value)`. */
  readonly idPrefix: string;
  readonly legend: string;
  /** The message when the last check failed. */
  readonly error?: string | null;
  readonly choices: readonly Choice<Value>[];
  readonly checked: readonly Value[];
  readonly onChange: (checked: Value[]) => void;
}

/** GOV.UK checkboxes: a fieldset whose legend asks the question, an inline error, and a box per choice. */
export function Checkboxes<Value extends string>({ id, idPrefix, legend, error, choices, checked, onChange }: CheckboxesProps<Value>) {
  return (
    <fieldset id={id} className={error ? 'field form-group-error' : 'field'}>
      <legend className="field-label">{legend}</legend>
      {error && <ErrorMessage message={error} />}
      <ChoiceList
        type="checkbox"
        idPrefix={idPrefix}
        choices={choices}
        isChecked={(value) => checked.includes(value)}
        onChange={(value, isChecked) =>
          onChange(isChecked ? [...checked, value] : checked.filter((other) => other !== value))
        }
      />
    </fieldset>
  );
}
