import { ALL_STAGES } from '../../domain/development-file/stages';
import type { StageId } from '../../domain/development-file/schema';
import { SelectField } from '../forms/fields';
import { SORT_OPTIONS, type ListQuery, type SortKey } from './list-model';

const STAGE_OPTIONS: readonly { value: StageId | 'all'; label: string }[] = [
  { value: 'all', label: '全部阶段' },
  ...ALL_STAGES.map((s) => ({ value: s.id, label: s.label })),
];

/** Search, stage filter and sort order of the file list. */
export function FileFilters({ query, onChange }: { query: ListQuery; onChange: (query: ListQuery) => void }) {
  return (
    <div className="file-filters" role="search" aria-label="查找开发档案">
      <div className="field">
        <label className="field-label" htmlFor="file-search">
          搜索
        </label>
        <p className="field-hint" id="file-search-hint">
          按客户名称、地区或行业查找
        </p>
        <input
          id="file-search"
          type="search"
          value={query.search}
          autoComplete="off"
          aria-describedby="file-search-hint"
          onChange={(e) => onChange({ ...query, search: e.target.value })}
        />
      </div>
      <SelectField
        id="file-stage"
        label="阶段"
        value={query.stage}
        options={STAGE_OPTIONS}
        onChange={(stage) => onChange({ ...query, stage })}
      />
      <SelectField<SortKey>
        id="file-sort"
        label="排序"
        value={query.sort}
        options={SORT_OPTIONS}
        onChange={(sort) => onChange({ ...query, sort })}
      />
    </div>
  );
}
