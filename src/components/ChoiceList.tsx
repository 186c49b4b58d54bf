import { IsolatedText } from './IsolatedText';

export interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

type ChoiceType = 'radio' | 'checkbox';

const GROUP_CLASS: Readonly<Record<ChoiceType, string>> = { radio: 'radios', checkbox: 'checkboxes' };

interface ChoiceListProps<Value extends string> {
  readonly type: ChoiceType;
  /** Each input's id is {@link choiceId} of this prefix and its value. */
  readonly idPrefix: string;
  /** The radios of one question share a name. */
  readonly name?: string;
  readonly choices: readonly Choice<Value>[];
  readonly isChecked: (value: Value) => boolean;
  readonly onChange: (value: Value, checked: boolean) => void;
}

/** The id of one choice's input, e.g. for an error summary link to the first. */
export function choiceId(idPrefix: string, value: string): string {
  return `${idPrefix}-${value}`;
}

/** GOV.UK radios or checkboxes: large drawn inputs, each with its label as the click target. */
export function ChoiceList<Value extends string>({ type, idPrefix, name, choices, isChecked, onChange }: ChoiceListProps<Value>) {
  return (
    <div className={GROUP_CLASS[type]}>
      {choices.map(({ value, label }) => {
        const id = choiceId(idPrefix, value);
        return (
          <div className={type} key={value}>
            <input
              className={`${type}-input`}
              type={type}
              id={id}
              name={name}
              value={value}
              checked={isChecked(value)}
              onChange={(event) => onChange(value, event.target.checked)}
            />
            <label className={`${type}-label`} htmlFor={id}>
              <IsolatedText>{label}</IsolatedText>
            </label>
          </div>
        );
      })}
    </div>
  );
}
