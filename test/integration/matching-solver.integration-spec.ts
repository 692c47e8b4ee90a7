import loadHighs from 'highs';
import { Rng, THEMES, haversineKm } from '@app/core';
import {
  MAX_SCORE,
  candidatePairs,
  greedyNearestFirst,
  pairScore,
  solveMatching,
  type CandidatePair,
  type SolverInstance,
  type SolverRequest,
  type SolverSupply,
} from '@app/matching';

// The optimal matching checked against independent optima on seeded random instances:
// exhaustive enumeration on tiny ones, and HiGHS (LP simplex, a different method) on small ones.

const DAY = 86_400_000;
const LEVELS = ['HAVO', 'VWO', 'VMBO_TL'];

function randomInstance(
  seed: number,
  requests: number,
  supplies: number,
  maxSessions: number,
  box = 0.4,
): SolverInstance {
  // Deterministic (mulberry32 from a plain state): every run draws the same.
  const stream = Rng.fromState(seed);
  const random = () => stream.next();
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const subset = <T>(items: readonly T[], min: number) => {
    const chosen = items.filter(() => random() < 0.5);
    return chosen.length >= min ? chosen : [items[int(0, items.length - 1)]];
  };
  const themes = THEMES.slice(0, 4);
  const period = () => {
    const start = Date.UTC(2025, 7, 1) + int(0, 300) * DAY;
    return { periodStart: start, periodEnd: start + int(0, 120) * DAY };
  };
  const point = () => ({ lat: 52 + random() * box, lon: 5 + random() * box * 1.5 });
  const rs: SolverRequest[] = Array.from({ length: requests }, (_, i) => ({
    id: `r${i}`,
    ...point(),
    type: random() < 0.8 ? 'GUEST_LESSON' : 'WORKSHOP',
    levels: subset(LEVELS, 1),
    themes: random() < 0.3 ? [] : subset(themes, 1),
    sessions: int(1, maxSessions),
    ...period(),
    waitingDays: int(0, 120),
    hadActivityThisYear: random() < 0.4,
  }));
  const ss: SolverSupply[] = Array.from({ length: supplies }, (_, i) => ({
    id: `s${i}`,
    ...point(),
    type: random() < 0.8 ? 'GUEST_LESSON' : 'WORKSHOP',
    levels: subset(LEVELS, 1),
    themes: subset(themes, 1),
    sessions: int(1, maxSessions),
    ...period(),
    maxTravelKm: int(8, 45),
  }));
  return { requests: rs, supplies: ss };
}

// The eligibility rules written out plainly, pair by pair, to check the grid-based generator.
function naivePairs(instance: SolverInstance): Array<Pick<CandidatePair, 'request' | 'supply' | 'score'>> {
  const pairs: Array<Pick<CandidatePair, 'request' | 'supply' | 'score'>> = [];
  instance.requests.forEach((r, ri) => {
    instance.supplies.forEach((s, si) => {
      if (r.type !== s.type) return;
      if (!r.levels.some((level) => s.levels.includes(level))) return;
      if (r.periodEnd < s.periodStart || s.periodEnd < r.periodStart) return;
      const shared = r.themes.filter((theme) => s.themes.includes(theme));
      if (r.themes.length > 0 && shared.length === 0) return;
      if (instance.excludedPairs?.has(`${r.id}|${s.id}`)) return;
      const distanceKm = haversineKm(r, s);
      if (distanceKm > s.maxTravelKm) return;
      const score = pairScore({
        requestThemes: r.themes.length,
        sharedThemes: shared.length,
        distanceKm,
        maxTravelKm: s.maxTravelKm,
        hadActivityThisYear: r.hadActivityThisYear,
        waitingDays: r.waitingDays,
      });
      pairs.push({ request: ri, supply: si, score });
    });
  });
  return pairs;
}

// Every integer assignment within the capacities; the lexicographic best (sessions, then score).
function bruteForce(instance: SolverInstance, pairs: CandidatePair[]): { sessions: number; score: number } {
  const requestLeft = instance.requests.map((r) => r.sessions);
  const supplyLeft = instance.supplies.map((s) => s.sessions);
  let best = { sessions: -1, score: -1 };
  const visit = (i: number, sessions: number, score: number) => {
    if (i === pairs.length) {
      if (sessions > best.sessions || (sessions === best.sessions && score > best.score))
        best = { sessions, score };
      return;
    }
    const { request, supply } = pairs[i];
    const most = Math.min(requestLeft[request], supplyLeft[supply]);
    for (let x = 0; x <= most; x += 1) {
      requestLeft[request] -= x;
      supplyLeft[supply] -= x;
      visit(i + 1, sessions + x, score + x * pairs[i].score);
      requestLeft[request] += x;
      supplyLeft[supply] += x;
    }
  };
  visit(0, 0, 0);
  return best;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;

// The transportation LP in CPLEX LP format; `fixSessions` adds the constraint of the second phase.
function lp(
  instance: SolverInstance,
  pairs: CandidatePair[],
  objective: 'sessions' | 'score',
  fixSessions?: number,
) {
  const x = (i: number) => `x${i}`;
  const terms = pairs.map((pair, i) => `${objective === 'sessions' ? 1 : pair.score} ${x(i)}`);
  const rows: string[] = [];
  instance.requests.forEach((r, ri) => {
    const vars = pairs.flatMap((pair, i) => (pair.request === ri ? [x(i)] : []));
    if (vars.length) rows.push(` r${ri}: ${vars.join(' + ')} <= ${r.sessions}`);
  });
  instance.supplies.forEach((s, si) => {
    const vars = pairs.flatMap((pair, i) => (pair.supply === si ? [x(i)] : []));
    if (vars.length) rows.push(` s${si}: ${vars.join(' + ')} <= ${s.sessions}`);
  });
  if (fixSessions !== undefined)
    rows.push(` total: ${pairs.map((_, i) => x(i)).join(' + ')} >= ${fixSessions}`);
  return `Maximize\n obj: ${terms.join(' + ')}\nSubject To\n${rows.join('\n')}\nBounds\n${pairs
    .map((_, i) => ` ${x(i)} >= 0`)
    .join('\n')}\nEnd`;
}

function highsOptimum(highs: Highs, instance: SolverInstance, pairs: CandidatePair[]) {
  if (pairs.length === 0) return { sessions: 0, score: 0 };
  const first = highs.solve(lp(instance, pairs, 'sessions'), { output_flag: false });
  expect(first.Status).toBe('Optimal');
  const sessions = Math.round(first.ObjectiveValue);
  const second = highs.solve(lp(instance, pairs, 'score', sessions), { output_flag: false });
  expect(second.Status).toBe('Optimal');
  return { sessions, score: second.ObjectiveValue };
}

function checkFeasible(
  instance: SolverInstance,
  pairs: CandidatePair[],
  solution: ReturnType<typeof solveMatching>,
) {
  const eligible = new Set(pairs.map((pair) => `${pair.request}|${pair.supply}`));
  const perRequest = new Map<number, number>();
  const perSupply = new Map<number, number>();
  for (const a of solution.assignments) {
    expect(eligible.has(`${a.request}|${a.supply}`)).toBe(true);
    expect(a.sessions).toBeGreaterThan(0);
    perRequest.set(a.request, (perRequest.get(a.request) ?? 0) + a.sessions);
    perSupply.set(a.supply, (perSupply.get(a.supply) ?? 0) + a.sessions);
  }
  for (const [r, used] of perRequest) expect(used).toBeLessThanOrEqual(instance.requests[r].sessions);
  for (const [s, used] of perSupply) expect(used).toBeLessThanOrEqual(instance.supplies[s].sessions);
  expect(solution.assignments.reduce((sum, a) => sum + a.sessions, 0)).toBe(solution.matchedSessions);
  expect(solution.assignments.reduce((sum, a) => sum + a.sessions * a.score, 0)).toBe(solution.totalScore);
}

describe('matching solver against independent optima', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('generates exactly the pairs the eligibility rules allow', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const instance = randomInstance(seed, 30, 15, 5);
      const excluded = new Set([`r0|s0`, `r1|s1`, `r2|s3`]);
      const withExclusions = { ...instance, excludedPairs: excluded };
      const fast = candidatePairs(withExclusions).map(({ request, supply, score }) => ({
        request,
        supply,
        score,
      }));
      expect(fast).toEqual(naivePairs(withExclusions));
      expect(fast.some((pair) => excluded.has(`r${pair.request}|s${pair.supply}`))).toBe(false);
    }
  });

  it('equals exhaustive enumeration on 300 tiny instances', () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const instance = randomInstance(1000 + seed, 2 + (seed % 3), 2 + ((seed >> 2) % 2), 3, 0.08);
      const pairs = candidatePairs(instance);
      if (pairs.length > 8) continue;
      const solution = solveMatching(instance, pairs);
      const best = bruteForce(instance, pairs);
      expect({ seed, sessions: solution.matchedSessions, score: solution.totalScore }).toEqual({
        seed,
        sessions: best.sessions,
        score: best.score,
      });
      expect(solution.upperBound).toBe(solution.matchedSessions);
      expect(solution.scoreOptimal).toBe(true);
      checkFeasible(instance, pairs, solution);
      if (pairs.length >= 2) nonTrivial += 1;
    }
    expect(nonTrivial).toBeGreaterThan(50);
  });

  it('equals the HiGHS LP optimum (sessions first, then score) on 60 small instances', () => {
    let beatsGreedy = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const instance = randomInstance(5000 + seed, 10 + (seed % 15), 4 + (seed % 7), 8);
      const pairs = candidatePairs(instance);
      const solution = solveMatching(instance, pairs);
      const lpBest = highsOptimum(highs, instance, pairs);
      expect({ seed, sessions: solution.matchedSessions }).toEqual({ seed, sessions: lpBest.sessions });
      expect(solution.totalScore).toBeCloseTo(lpBest.score, 6);
      expect(solution.upperBound).toBe(lpBest.sessions);
      expect(solution.scoreOptimal).toBe(true);
      checkFeasible(instance, pairs, solution);
      const greedy = greedyNearestFirst(instance, pairs);
      expect(greedy.matchedSessions).toBeLessThanOrEqual(solution.matchedSessions);
      if (greedy.matchedSessions < solution.matchedSessions) beatsGreedy += 1;
    }
    // The instances are hard enough that nearest-first is often not optimal.
    expect(beatsGreedy).toBeGreaterThan(5);
  });

  it('keeps the sessions first: a higher score never costs a session', () => {
    // Request A can use supply X only; request B can use X (better score) or Y. Optimal: A–X, B–Y.
    const base = { type: 'GUEST_LESSON', levels: ['HAVO'], themes: [], periodStart: 0, periodEnd: DAY };
    const instance: SolverInstance = {
      requests: [
        { ...base, id: 'A', lat: 52, lon: 5, sessions: 1, waitingDays: 0, hadActivityThisYear: true },
        { ...base, id: 'B', lat: 52.1, lon: 5.1, sessions: 1, waitingDays: 200, hadActivityThisYear: false },
      ],
      supplies: [
        { ...base, id: 'X', lat: 52.05, lon: 5.05, sessions: 1, maxTravelKm: 10 },
        { ...base, id: 'Y', lat: 52.2, lon: 5.2, sessions: 1, maxTravelKm: 14 },
      ],
    };
    const pairs = candidatePairs(instance);
    expect(pairs.map((p) => `${p.request}${p.supply}`)).toEqual(['00', '10', '11']);
    const solution = solveMatching(instance, pairs);
    expect(solution.matchedSessions).toBe(2);
    expect(
      solution.assignments.map((a) => [instance.requests[a.request].id, instance.supplies[a.supply].id]),
    ).toEqual([
      ['A', 'X'],
      ['B', 'Y'],
    ]);
    expect(pairs[1].score).toBeGreaterThan(pairs[2].score);
    expect(MAX_SCORE).toBe(100);
  });

  it('is reproducible: the same instance gives the same assignments', () => {
    const instance = randomInstance(77, 200, 60, 10);
    const a = solveMatching(instance);
    const b = solveMatching(randomInstance(77, 200, 60, 10));
    expect(b.assignments).toEqual(a.assignments);
    expect(a.assignments.length).toBeGreaterThan(10);
  });
});
