// Which KPIs (and leader-workload parts) a request asks for, read from its selection set, so statistics
// run only the GROUP BYs it needs (a count-only pivot is one statement, not four).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { KpiCode } from '@lianxin/domain';
import { KPI_CODES } from './kpi-sql.js';
import { KPI_FIELDS } from './stats.service.js';

function fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, out);
    else fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, out);
  }
  return out;
}

/** KPIs named in `set` (a KpiSet selection). */
function kpisIn(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): KpiCode[] {
  const names = new Set(fieldsOf(set, info).map((f) => f.name.value));
  return KPI_CODES.filter((code) => names.has(KPI_FIELDS[code]));
}

/** For a field returning KpiSet. */
export function requestedKpis(info: GraphQLResolveInfo): KpiCode[] {
  return kpisIn(
    {
      kind: Kind.SELECTION_SET,
      selections: info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []),
    },
    info,
  );
}

/** For a field returning objects with a `kpis: KpiSet` field (pivot buckets). */
export function requestedNestedKpis(info: GraphQLResolveInfo): KpiCode[] {
  const kpiFields = info.fieldNodes
    .flatMap((n) => fieldsOf(n.selectionSet, info))
    .filter((f) => f.name.value === 'kpis');
  return kpisIn(
    { kind: Kind.SELECTION_SET, selections: kpiFields.flatMap((f) => f.selectionSet?.selections ?? []) },
    info,
  );
}

/** The statements of a leader workload (leader-workloads.ts), each needed by some of its fields. */
export type WorkloadPart = 'cases' | 'resolution' | 'due' | 'events';

const WORKLOAD_PARTS: Readonly<Record<string, WorkloadPart>> = {
  owned: 'cases',
  open: 'cases',
  closed: 'cases',
  closedInTime: 'cases',
  overdue: 'cases',
  resolution: 'resolution',
  closedOnTime: 'due',
  visits: 'events',
  instructions: 'events',
};

/** For leaderWorkloads: the parts its fields need, and always the cases (the rows are ordered by them). */
export function requestedWorkloadParts(info: GraphQLResolveInfo): Set<WorkloadPart> {
  const fields = info.fieldNodes.flatMap((n) => fieldsOf(n.selectionSet, info));
  return new Set<WorkloadPart>(['cases', ...fields.flatMap((f) => WORKLOAD_PARTS[f.name.value] ?? [])]);
}
