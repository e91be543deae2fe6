/** What a process's period is read from: its own start and end, else its phases' dates. */
export interface PeriodSource {
  readonly startedAt: string | null;
  readonly concludedAt: string | null;
  readonly phases: readonly {
    readonly plannedStart: string;
    readonly plannedEnd: string | null;
    readonly startedOn: string | null;
    readonly closedOn: string | null;
  }[];
}

/**
 * From when to when a process runs: from its start (or its first phase's, as begun or planned)
 * to its conclusion (or its last phase's end, as closed or planned); null where not known.
 */
export const processPeriod = ({
  startedAt,
  concludedAt,
  phases,
}: PeriodSource): { readonly from: string | null; readonly to: string | null } => {
  const first = phases[0];
  const last = phases.at(-1);
  return {
    from: startedAt ?? first?.startedOn ?? first?.plannedStart ?? null,
    to: concludedAt ?? last?.closedOn ?? last?.plannedEnd ?? null,
  };
};
