/**
 * 4.3 前期准备: the customer's responsible person, decision makers, similar
 * suppliers, procurement, payment and business information.
 *
 * This file also holds the small parts the other stage panels share (groups
 * with a legend, list sections the error summary can focus, focus after an
 * edit, removal with undo), so that every panel builds lists the same way.
 */
import { newId } from '../../../domain/development-file/factory';
import { ATTITUDE_LABELS, type Attitude } from '../../../domain/development-file/labels';
import { appendAtPath } from '../../../domain/development-file/list-edits';
import { ATTITUDES, type DevelopmentFile } from '../../../domain/development-file/schema';
import { NumberField, SelectField, TextArea, TextField } from '../../forms/fields';
import { createBinder, fieldDomId, type StagePanelProps } from '../binding';
import {
  AddItemButton,
  Group,
  ListGroup,
  RemoveItemButton,
  isRequiredPath,
  itemName,
  useFocusLater,
  useRemoval,
  withoutClause,
} from './parts';

type DecisionMaker = DevelopmentFile['preparation']['decisionMakers'][number];
type Supplier = DevelopmentFile['preparation']['similarSuppliers'][number];

const ATTITUDE_OPTIONS = ATTITUDES.map((value) => ({ value, label: ATTITUDE_LABELS[value] }));

export function PreparationStage(props: StagePanelProps) {
  const { file, update, errors } = props;
  const b = createBinder(props);
  const focusLater = useFocusLater();
  const removal = useRemoval(update, focusLater);
  const { decisionMakers, similarSuppliers } = file.preparation;

  const text = (path: string) => ({ ...withoutClause(b.text(path)), required: isRequiredPath(path) });

  const addDecisionMaker = () => {
    const item: DecisionMaker = { id: newId(), name: '', role: '', contact: '', attitude: 'unknown', notes: '' };
    update((f) => appendAtPath(f, 'preparation.decisionMakers', item));
    removal.clear();
    focusLater(fieldDomId(`preparation.decisionMakers.${decisionMakers.length}.name`));
  };
  const addSupplier = () => {
    const item: Supplier = { id: newId(), name: '', products: '', notes: '' };
    update((f) => appendAtPath(f, 'preparation.similarSuppliers', item));
    removal.clear();
    focusLater(fieldDomId(`preparation.similarSuppliers.${similarSuppliers.length}.name`));
  };

  return (
    <section className="stage-panel" aria-labelledby="stage-preparation-title">
      <h2 id="stage-preparation-title">前期准备</h2>

      <Group legend="客户方负责人" hint="确定目标客户方的负责人，并收集其信息" clause="4.3.1">
        <div className="field-grid">
          <TextField {...text('preparation.responsiblePerson.name')} hint={undefined} />
          <TextField {...text('preparation.responsiblePerson.title')} />
          <TextField {...text('preparation.responsiblePerson.contact')} hint="电话、微信或邮箱" />
        </div>
        <TextArea {...text('preparation.responsiblePerson.notes')} rows={3} hint="如分管范围、工作风格、与我方的接触情况" />
      </Group>

      <ListGroup path="preparation.decisionMakers" errors={errors} status={removal.status('preparation.decisionMakers')}>
        {decisionMakers.length === 0 ? (
          <p className="list-empty">还没有登记关键决策人。</p>
        ) : (
          <ol className="stage-items">
            {decisionMakers.map((d, i) => {
              const base = `preparation.decisionMakers.${i}`;
              const name = itemName(d.name, i);
              return (
                <li key={d.id} className="stage-item">
                  <fieldset className="stage-item-fieldset">
                    <legend className="stage-item-legend">
                      关键决策人 {i + 1}
                      {d.name.trim() && `：${d.name.trim()}`}
                    </legend>
                    <div className="field-grid">
                      <TextField {...withoutClause(b.text(`${base}.name`))} />
                      <TextField {...withoutClause(b.text(`${base}.role`))} hint="如：总经理，最终拍板" />
                      <TextField {...withoutClause(b.text(`${base}.contact`))} />
                      <SelectField<Attitude>
                        {...withoutClause(b.common(`${base}.attitude`))}
                        value={d.attitude}
                        options={ATTITUDE_OPTIONS}
                        onChange={(value) => b.set(`${base}.attitude`, value)}
                      />
                    </div>
                    <TextArea {...withoutClause(b.text(`${base}.notes`))} rows={2} />
                    <RemoveItemButton
                      onRemove={removal.remove}
                      removal={{
                        path: 'preparation.decisionMakers',
                        index: i,
                        item: d,
                        what: `关键决策人 ${name}`,
                        focusAfterUndo: fieldDomId(`${base}.name`),
                      }}
                      label={`删除关键决策人 ${name}`}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <AddItemButton list={decisionMakers} onAdd={addDecisionMaker} label="添加关键决策人" />
      </ListGroup>

      <ListGroup path="preparation.similarSuppliers" errors={errors} status={removal.status('preparation.similarSuppliers')}>
        {similarSuppliers.length === 0 ? (
          <p className="list-empty">还没有登记同类供应商。</p>
        ) : (
          <ol className="stage-items">
            {similarSuppliers.map((s, i) => {
              const base = `preparation.similarSuppliers.${i}`;
              const name = itemName(s.name, i);
              return (
                <li key={s.id} className="stage-item">
                  <fieldset className="stage-item-fieldset">
                    <legend className="stage-item-legend">
                      同类供应商 {i + 1}
                      {s.name.trim() && `：${s.name.trim()}`}
                    </legend>
                    <div className="field-grid">
                      <TextField {...withoutClause(b.text(`${base}.name`))} />
                      <TextField {...withoutClause(b.text(`${base}.products`))} />
                    </div>
                    <TextArea
                      {...withoutClause(b.text(`${base}.notes`))}
                      rows={2}
                      hint="如合作年限、供货份额、价格水平、客户的评价"
                    />
                    <RemoveItemButton
                      onRemove={removal.remove}
                      removal={{
                        path: 'preparation.similarSuppliers',
                        index: i,
                        item: s,
                        what: `同类供应商 ${name}`,
                        focusAfterUndo: fieldDomId(`${base}.name`),
                      }}
                      label={`删除同类供应商 ${name}`}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <AddItemButton list={similarSuppliers} onAdd={addSupplier} label="添加同类供应商" />
      </ListGroup>

      <Group legend="采购决策" hint="了解客户采购决策的特点及周期长短等信息" clause="4.3.4">
        <TextArea
          {...text('preparation.procurementCharacteristics')}
          hint="如谁提出需求、谁认证、谁比价、谁拍板，是否招标"
          rows={3}
        />
        <TextField {...text('preparation.procurementCycle')} hint="如：每季度招标一次、按月下单" />
      </Group>

      <Group legend="支付与回款" hint="确定对方的支付方式及回款周期" clause="4.3.5">
        <div className="field-grid">
          <TextField {...text('preparation.paymentMethod')} hint="如：月结电汇、承兑汇票" />
          <NumberField
            {...withoutClause(b.number('preparation.collectionCycleDays'))}
            required={isRequiredPath('preparation.collectionCycleDays')}
            unit="天"
            min={0}
            max={3650}
            // Whole days within the schema's range: a refused value would silently not save.
            onChange={(value) =>
              b.set('preparation.collectionCycleDays', value === null ? null : Math.min(3650, Math.max(0, Math.round(value))))
            }
          />
        </div>
      </Group>

      <TextArea
        {...b.text('preparation.businessInfo')}
        required={isRequiredPath('preparation.businessInfo')}
        hint="如主营业务、规模与营收、主要客户与市场、发展计划"
        rows={4}
      />
    </section>
  );
}
