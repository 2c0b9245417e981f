/** Lookups over a programme package for the measure widgets. Pure functions, no rendering. */
import type { BestPractice, Indicator, IntegrationProgrammePackage, Measure, MeasureSet, Organisation, Theme } from '@hki-widgets/data';

export interface MeasureView {
  measure: Measure;
  set?: MeasureSet;
  theme?: Theme;
  responsible: Organisation[];
  indicators: Indicator[];
  bestPractices: BestPractice[];
}

/** The measure set a measure id belongs to ("4.12" → "4"), by the programme's numbering. */
export const setIdOf = (measureId: string): string => measureId.split('.')[0];

/** Everything a card shows about one measure, or undefined when the package has no such measure. */
export function measureView(pkg: IntegrationProgrammePackage, id: string): MeasureView | undefined {
  const measure = pkg.measures.find((m) => m.id === id);
  if (!measure) return undefined;
  const set = pkg.measureSets.find((s) => s.id === measure.setId);
  return {
    measure,
    set,
    theme: pkg.themes.find((t) => t.id === set?.themeId),
    responsible: measure.responsibleIds
      .map((rid) => pkg.organisations.find((o) => o.id === rid))
      .filter((o): o is Organisation => Boolean(o)),
    indicators: measure.indicatorIds.map((iid) => pkg.indicators.find((i) => i.id === iid)).filter((i): i is Indicator => Boolean(i)),
    bestPractices: pkg.bestPractices.filter((b) => b.measureIds?.includes(measure.id)),
  };
}

/** Whether any value in the package is illustrative. */
export const hasExampleData = (pkg: Pick<IntegrationProgrammePackage, 'example'>, measure?: Pick<Measure, 'status'>): boolean =>
  Boolean(pkg.example || measure?.status.example);

/** Every status value, in the order a summary lists them: not reported first, then each scale's. */
export function statusOrder(pkg: Pick<IntegrationProgrammePackage, 'statusScales'>): string[] {
  const values = ['not-reported'];
  for (const scale of pkg.statusScales) for (const { value } of scale.values) if (!values.includes(value)) values.push(value);
  return values;
}

/** The organisations responsible for some measure (ids that the data lists as organisations), in the data's order. */
export function responsibleIds(pkg: IntegrationProgrammePackage): string[] {
  const responsible = new Set(pkg.measures.flatMap((m) => m.responsibleIds));
  return pkg.organisations.filter((o) => responsible.has(o.id)).map((o) => o.id);
}

/** Counts of measures per status value, in statusOrder, leaving out zeros. */
export function statusCounts(
  pkg: Pick<IntegrationProgrammePackage, 'statusScales'>,
  measures: Pick<Measure, 'status'>[],
): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of measures) counts.set(m.status.value, (counts.get(m.status.value) ?? 0) + 1);
  return statusOrder(pkg)
    .filter((v) => counts.has(v))
    .map((v) => [v, counts.get(v)!]);
}
