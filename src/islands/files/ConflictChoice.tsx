import type { ImportChoice, ImportSide } from '../../domain/exchange/apply';
import { ChoiceGroup } from '../forms/fields';
import { choiceOptions } from './import-labels';

/** The explicit decision a conflicting file needs before anything is imported. */
export function ConflictChoice({
  index,
  name,
  value,
  side,
  onChange,
}: {
  index: number;
  side: ImportSide;
  name: string;
  value: ImportChoice | undefined;
  onChange: (choice: ImportChoice) => void;
}) {
  return (
    <ChoiceGroup<ImportChoice>
      id={`import-choice-${index}`}
      label={`“${name}”的处理方式`}
      required
      options={choiceOptions(side)}
      value={value === undefined ? [] : [value]}
      onChange={([choice]) => {
        if (choice !== undefined) onChange(choice);
      }}
    />
  );
}
