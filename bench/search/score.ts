/**
 * Scores search benchmark outcomes (pure): recall@1/@3 and empty results per kind and part (tuned,
 * held-back), negatives (expected `none`: must return nothing), and the targets as PASS/FAIL.
 */

/** The expected value of a query that no script answers (random letters, unrelated words). */
export const noAnswer = 'none';

/** Which query file a query came from: the tuned set, or the held-back set nobody tunes on. */
export type Part = 'tuned' | 'held-back';

export interface BenchQuery {
  kind: string;
  query: string;
  /** FAQ id of the script that answers it, or `none`. */
  expected: string;
}

export interface Outcome extends BenchQuery {
  part: Part;
  /** Result ids in rank order. */
  ids: string[];
  /** First-pass (cold) and second-pass latency, ms. */
  ms: number;
  warmMs: number;
  /** The top 3 of the same query straight into Pagefind (the baseline a docs theme gives). */
  baseline: string[];
  /** The first look's ids in rank order (what the box shows while the text loads), from the first pass. */
  firstLook?: string[];
}

export interface Row {
  part: Part | 'all';
  kind: string;
  n: number;
  /** Share of answerable queries whose script is first / in the top 3 (negatives: share that returned nothing). */
  r1: number;
  r3: number;
  /** Share of answerable queries that returned nothing (negatives: share that returned something). */
  zero: number;
  p50: number;
  p95: number;
  warmP50: number;
  warmP95: number;
  /** Plain Pagefind on the same queries: recall@3 (negatives: returned nothing) and empty results. */
  baselineR3: number;
  baselineZero: number;
}

export const isNegative = (query: BenchQuery) => query.expected === noAnswer;

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const share = (list: readonly Outcome[], test: (o: Outcome) => boolean) => (list.length ? list.filter(test).length / list.length : 0);

export function scoreRow(part: Row['part'], kind: string, list: readonly Outcome[]): Row {
  const answerable = list.filter((o) => !isNegative(o));
  const negatives = list.filter(isNegative);
  const onlyNegatives = answerable.length === 0 && negatives.length > 0;
  const times = list.map((o) => o.ms);
  const warm = list.map((o) => o.warmMs);
  return {
    part,
    kind,
    n: list.length,
    r1: onlyNegatives ? share(negatives, (o) => o.ids.length === 0) : share(answerable, (o) => o.ids[0] === o.expected),
    r3: onlyNegatives ? share(negatives, (o) => o.ids.length === 0) : share(answerable, (o) => o.ids.slice(0, 3).includes(o.expected)),
    zero: onlyNegatives ? share(negatives, (o) => o.ids.length > 0) : share(answerable, (o) => o.ids.length === 0),
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    warmP50: quantile(warm, 0.5),
    warmP95: quantile(warm, 0.95),
    baselineR3: onlyNegatives ? share(negatives, (o) => o.baseline.length === 0) : share(answerable, (o) => o.baseline.includes(o.expected)),
    baselineZero: onlyNegatives ? share(negatives, (o) => o.baseline.length > 0) : share(answerable, (o) => o.baseline.length === 0),
  };
}

/** Rows per kind for each part, then each part's overall (answerable queries only), then both parts. */
export function scoreOutcomes(outcomes: readonly Outcome[]): Row[] {
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const rows: Row[] = [];
  for (const part of ['tuned', 'held-back'] as const) {
    const inPart = outcomes.filter((o) => o.part === part);
    if (!inPart.length) continue;
    for (const kind of kinds) {
      const list = inPart.filter((o) => o.kind === kind);
      if (list.length) rows.push(scoreRow(part, kind, list));
    }
    rows.push(scoreRow(part, 'overall', inPart.filter((o) => !isNegative(o))));
  }
  rows.push(scoreRow('all', 'overall', outcomes.filter((o) => !isNegative(o))));
  return rows;
}

export interface Target {
  name: string;
  ok: boolean;
  /** What missed it, e.g. the kinds below the bar. */
  detail?: string;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The targets, for each part: recall@3 ≥ 0.97 overall and ≥ 0.90 per kind, recall@1 ≥ 0.85, no empty answerable query, negatives empty. */
export function searchTargets(outcomes: readonly Outcome[], rows: readonly Row[] = scoreOutcomes(outcomes)): Target[] {
  const targets: Target[] = [];
  for (const part of ['tuned', 'held-back'] as const) {
    const overall = rows.find((row) => row.part === part && row.kind === 'overall');
    if (!overall) continue;
    const answerable = outcomes.filter((o) => o.part === part && !isNegative(o));
    const negatives = outcomes.filter((o) => o.part === part && isNegative(o));
    const kindRows = rows.filter((row) => row.part === part && row.kind !== 'overall' && answerable.some((o) => o.kind === row.kind));
    const lowKinds = kindRows.filter((row) => row.r3 < 0.9);
    const empty = answerable.filter((o) => o.ids.length === 0);
    const noisy = negatives.filter((o) => o.ids.length > 0);
    targets.push(
      { name: `${part}: recall@3 ≥ 0.97 overall`, ok: overall.r3 >= 0.97, detail: pct(overall.r3) },
      { name: `${part}: recall@3 ≥ 0.90 for every kind`, ok: lowKinds.length === 0, detail: lowKinds.map((row) => `${row.kind} ${pct(row.r3)}`).join(', ') || undefined },
      { name: `${part}: recall@1 ≥ 0.85`, ok: overall.r1 >= 0.85, detail: pct(overall.r1) },
      { name: `${part}: no empty result for a query that has an answer`, ok: empty.length === 0, detail: empty.length ? `${empty.length} empty` : undefined },
      { name: `${part}: negatives return nothing`, ok: negatives.length > 0 && noisy.length === 0, detail: negatives.length ? `${noisy.length}/${negatives.length} returned results` : 'no negative queries' },
    );
  }
  return targets;
}

/**
 * How the first look (hits from memory, ordered by titles, while the text loads) compares with the
 * final order, over the answerable queries: how often the agent's first glance already had the final
 * first hit, and the expected script in its top 3.
 */
export function firstLookLine(outcomes: readonly Outcome[]): string {
  const looked = outcomes.filter((o) => !isNegative(o) && o.firstLook);
  const answerable = outcomes.filter((o) => !isNegative(o)).length;
  if (!looked.length) return `first look: none given (${answerable} answerable queries)`;
  const share = (count: number) => `${((100 * count) / looked.length).toFixed(1)}%`;
  const sameFirst = looked.filter((o) => o.firstLook![0] === o.ids[0]).length;
  const top3 = looked.filter((o) => o.firstLook!.slice(0, 3).includes(o.expected)).length;
  const finalTop3 = looked.filter((o) => o.ids.slice(0, 3).includes(o.expected)).length;
  return `first look (titles from memory while the text loads): ${looked.length} of ${answerable} answerable queries; its first hit was the final first hit for ${share(sameFirst)}; expected script in its top 3: ${share(top3)} (final order: ${share(finalTop3)})`;
}
