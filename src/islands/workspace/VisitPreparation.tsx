/**
 * 拜访准备, from step 1 of 《怎样开发新客户》 (专业取信客户): for each planned
 * visit, the research on the customer, materials, appearance, mindset and the
 * topics the rep can present, the questions left open last time, and a
 * readiness score with what is still missing.
 */
import { Fragment, useState } from 'react';
import { newId } from '../../domain/development-file/factory';
import { appendAtPath, inOrderOf } from '../../domain/development-file/list-edits';
import { TALKING_POINTS, VISIT_MATERIALS, VISIT_RESEARCH, type Visit } from '../../domain/development-file/schema';
import {
  carriedOverQuestions,
  MATERIAL_LABELS,
  RESEARCH_LABELS,
  TALKING_POINT_LABELS,
  visitReadiness,
  type ReadinessItem,
} from '../../domain/development-file/visit-readiness';
import { stepHref } from '../../domain/playbook/clauses';
import { latestReadinessResult } from '../../stores/quiz-results';
import { Checkbox } from '../forms/Checkbox';
import { ChoiceGroup, TextArea, TextField } from '../forms/fields';
import { createBinder, fieldDomId, type StagePanelProps } from './binding';
import { AddItemButton, Group, ListGroup, useFocusLater, useRemoval } from './stages/parts';

type Material = (typeof VISIT_MATERIALS)[number];
type TalkingPoint = (typeof TALKING_POINTS)[number];

const MATERIAL_OPTIONS = VISIT_MATERIALS.map((value) => ({ value, label: MATERIAL_LABELS[value] }));
const TALKING_POINT_OPTIONS = TALKING_POINTS.map((value) => ({ value, label: TALKING_POINT_LABELS[value] }));
const GUIDE_HREF = stepHref(1);

function visitTitle(index: number): string {
  return `第 ${index + 1} 次拜访`;
}

/** Missing items by group, groups in the order they first appear. */
function byGroup(items: readonly ReadinessItem[]): [string, ReadinessItem[]][] {
  const groups = new Map<string, ReadinessItem[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  return [...groups];
}

function ReadinessSummary({ visit, idBase }: { visit: Visit; idBase: string }) {
  // A pass of the 拜访前准备度测验 within 30 days counts as one readiness item.
  const readiness = visitReadiness(visit, latestReadinessResult());
  const labelId = `${idBase}-readiness`;
  return (
    <div className="readiness">
      <div className="readiness-score">
        <span id={labelId} className="readiness-label">
          准备度 {readiness.score}%
        </span>
        <meter aria-labelledby={labelId} min={0} max={100} low={50} high={80} optimum={100} value={readiness.score}>
          {readiness.score}%
        </meter>
      </div>
      {readiness.missing.length === 0 ? (
        <p className="readiness-done">准备齐全，可以出发了。</p>
      ) : (
        <>
          <p className="readiness-intro">还需准备 {readiness.missing.length} 项（链接在新窗口打开指南中的说明）：</p>
          <ul className="readiness-missing">
            {byGroup(readiness.missing).map(([group, items]) => (
              <li key={group}>
                <span className="readiness-group">{group}：</span>
                {items.map((item, k) => (
                  <Fragment key={item.id}>
                    {k > 0 && '、'}
                    <a href={item.href} target="_blank" rel="noopener">
                      {item.label}
                    </a>
                  </Fragment>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function VisitPreparation(props: StagePanelProps) {
  const { file, update } = props;
  const b = createBinder(props);
  const focusLater = useFocusLater();
  const removal = useRemoval(update, focusLater);
  const { visits } = file;
  // Visits already done start folded; the rep opens one to read it again.
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set(visits.filter((v) => v.done).map((v) => v.id)));
  const [note, setNote] = useState('');

  const toggle = (id: string) =>
    setFolded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const addVisit = () => {
    const openQuestions = carriedOverQuestions(visits);
    const visit: Visit = {
      id: newId(),
      plannedOn: null,
      purpose: '',
      contactPerson: '',
      research: { strength: '', sales: '', relationships: '', character: '' },
      materials: [],
      appearanceReady: false,
      mindsetReady: false,
      talkingPoints: [],
      openQuestions,
      leftOpen: '',
      done: false,
    };
    update((f) => appendAtPath(f, 'visits', visit));
    removal.clear();
    setNote(openQuestions ? '已添加拜访计划，并带入上次拜访遗留的问题。' : '已添加拜访计划。');
    focusLater(fieldDomId(`visits.${visits.length}.plannedOn`));
  };

  /** Binder props with the label and hint given here (visit fields are not in FIELDS). */
  const labelled = <P extends { label: string; hint?: string | undefined }>(props: P, label: string, hint?: string) => ({
    ...props,
    label,
    hint,
  });

  return (
    <section className="stage-panel visit-preparation" aria-labelledby="visit-preparation-title">
      <h2 id="visit-preparation-title">拜访准备</h2>
      <div className="notice stage-intro">
        <p>
          凡事预则立，不预则废。拜访客户之前，要尽可能多地了解客户的实力、销售情况、人际关系和性格；准备好企业简介、产品手册、样品和价格政策表；以职业化的形象和屡败屡战的进取心态出现在客户面前；对公司、产品、竞争对手、行业、价格政策、供货和结帐方式要能熟练地讲出来。自己解决不了的问题不要当场回答，下次拜访时把上次遗留的问题解决掉。{' '}
          <a className="clause-ref" href={GUIDE_HREF} target="_blank" rel="noopener">
            参见 第一步 专业取信客户
            <span className="visually-hidden">（在新窗口打开）</span>
          </a>
        </p>
      </div>

      <ListGroup path="visits" legend="拜访计划" errors={props.errors} status={removal.status('visits') ?? (note || null)}>
        <AddItemButton list={visits} onAdd={addVisit} label="添加拜访计划" />
        {visits.length === 0 ? (
          <p className="list-empty">还没有拜访计划。</p>
        ) : (
          <ol className="stage-items">
            {visits.map((visit, i) => {
              const base = `visits.${i}`;
              const idBase = fieldDomId(base);
              const title = visitTitle(i);
              const isFolded = folded.has(visit.id);
              const bodyId = `${idBase}-body`;
              return (
                <li key={visit.id} className={visit.done ? 'stage-item visit is-done' : 'stage-item visit'}>
                  <div className="visit-header">
                    <h3 className="stage-item-title">
                      {title}
                      {visit.plannedOn && (
                        <>
                          {' · '}
                          <time dateTime={visit.plannedOn}>{visit.plannedOn}</time>
                        </>
                      )}
                      {visit.purpose.trim() && ` · ${visit.purpose.trim()}`}
                      <span className="visit-state">
                        <span className="visually-hidden">，</span>
                        {visit.done ? '已完成' : '准备中'}
                      </span>
                    </h3>
                    <button
                      type="button"
                      aria-expanded={!isFolded}
                      aria-controls={bodyId}
                      onClick={() => toggle(visit.id)}
                    >
                      {isFolded ? `展开${title}` : `收起${title}`}
                    </button>
                  </div>
                  <ReadinessSummary visit={visit} idBase={idBase} />
                  <div id={bodyId} hidden={isFolded}>
                    {!isFolded && (
                      <>
                        <Group legend="拜访安排">
                          <div className="field-grid">
                            <TextField {...labelled(b.date(`${base}.plannedOn`), '计划拜访日期')} />
                            <TextField {...labelled(b.text(`${base}.contactPerson`), '拜访对象', '如：采购经理 陈经理')} />
                          </div>
                          <TextField {...labelled(b.text(`${base}.purpose`), '拜访目的', '如：介绍公司、送样、商谈价格政策')} />
                        </Group>

                        <Group
                          legend="拜访前的调研"
                          hint="在拜访客户之前，要充分调查了解客户的情况和行业情况，尽可能多地了解"
                        >
                          {VISIT_RESEARCH.map((key) => (
                            <TextArea
                              key={key}
                              {...labelled(b.text(`${base}.research.${key}`), RESEARCH_LABELS[key])}
                              rows={2}
                            />
                          ))}
                        </Group>

                        <ChoiceGroup<Material>
                          {...labelled(b.common(`${base}.materials`), '资料准备', '勾选已准备好、要带上的资料')}
                          multiple
                          inline
                          options={MATERIAL_OPTIONS}
                          value={visit.materials}
                          onChange={(value) => b.set(`${base}.materials`, inOrderOf(VISIT_MATERIALS, value))}
                        />

                        <Group legend="仪容与心理准备">
                          <Checkbox
                            {...labelled(
                              b.boolean(`${base}.appearanceReady`),
                              '仪容已准备好',
                              '穿着职业化（如西装），着装不可太随便；面部形象职业化，充满自信，面带微笑',
                            )}
                          />
                          <Checkbox
                            {...labelled(
                              b.boolean(`${base}.mindsetReady`),
                              '心理已准备好',
                              '屡败屡战，随时接受开发过程中的种种困难和挑战，保持昂扬向上的进取心态',
                            )}
                          />
                        </Group>

                        <ChoiceGroup<TalkingPoint>
                          {...labelled(
                            b.common(`${base}.talkingPoints`),
                            '专业水平：能熟练讲解',
                            '要很熟悉地说出来，不能吞吞吐吐，让客户觉得你不专业；勾选已能熟练讲解的内容',
                          )}
                          multiple
                          inline
                          options={TALKING_POINT_OPTIONS}
                          value={visit.talkingPoints}
                          onChange={(value) => b.set(`${base}.talkingPoints`, inOrderOf(TALKING_POINTS, value))}
                        />

                        <TextArea
                          {...labelled(
                            b.text(`${base}.openQuestions`),
                            '上次遗留的问题',
                            '这次拜访时要把上次遗留的问题解决掉',
                          )}
                          rows={3}
                        />

                        <Group legend="拜访之后">
                          <TextArea
                            {...labelled(
                              b.text(`${base}.leftOpen`),
                              '本次遗留的问题',
                              '客户所提的条件自己解决不了的，不要当场回答；记在这里，添加下一次拜访时会自动带入',
                            )}
                            rows={3}
                          />
                          <Checkbox {...labelled(b.boolean(`${base}.done`), '已完成这次拜访')} />
                        </Group>

                        <div className="stage-item-actions">
                          <button
                            type="button"
                            className="button-danger"
                            onClick={() => {
                              setNote('');
                              removal.remove({
                                path: 'visits',
                                index: i,
                                item: visit,
                                what: title,
                                focusAfterUndo: fieldDomId(`${base}.plannedOn`),
                              });
                            }}
                          >
                            删除{title}
                          </button>
                        </div>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </ListGroup>
    </section>
  );
}
