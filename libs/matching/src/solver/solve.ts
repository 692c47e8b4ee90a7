import { candidatePairs } from './eligibility';
import type { Assignment, CandidatePair, MatchSolution, SolverInstance } from './instance';
import { MinCostFlow } from './min-cost-flow';
import { MAX_SCORE } from './score';

class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i += 1) this.parent[i] = i;
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    for (let node = x; this.parent[node] !== root;) {
      const up = this.parent[node];
      this.parent[node] = root;
      node = up;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index wins, so components are named the same way on every run.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * The optimal matching of an instance, lexicographically: first the most sessions that the capacities
 * allow (maximum flow), then, among those, the highest total score (minimum cost with cost = MAX_SCORE −
 * score per session). Exact: a min-cost maximum flow per connected component of the eligibility graph,
 * with a min-cut bound and a dual certificate. The same instance always gives the same assignments.
 */
export function solveMatching(instance: SolverInstance, pairs = candidatePairs(instance)): MatchSolution {
  const { requests, supplies } = instance;
  const R = requests.length;
  const sets = new DisjointSets(R + supplies.length);
  for (const pair of pairs) sets.union(pair.request, R + pair.supply);

  const byComponent = new Map<number, CandidatePair[]>();
  for (const pair of pairs) {
    const root = sets.find(pair.request);
    const list = byComponent.get(root);
    if (list) list.push(pair);
    else byComponent.set(root, [pair]);
  }

  const assignments: Assignment[] = [];
  let matchedSessions = 0;
  let upperBound = 0;
  let totalScore = 0;
  let phases = 0;
  let scoreOptimal = true;
  const roots = [...byComponent.keys()].sort((a, b) => a - b);
  for (const root of roots) {
    const componentPairs = byComponent.get(root)!;
    const result = solveComponent(instance, componentPairs);
    matchedSessions += result.flow;
    upperBound += result.cutCapacity;
    phases += result.phases;
    scoreOptimal &&= result.reducedCostsNonNegative;
    for (const assignment of result.assignments) {
      totalScore += assignment.sessions * assignment.score;
      assignments.push(assignment);
    }
  }
  assignments.sort((a, b) => a.request - b.request || a.supply - b.supply);

  const servable = new Uint8Array(supplies.length);
  for (const pair of pairs) servable[pair.supply] = 1;
  return {
    assignments,
    matchedSessions,
    upperBound,
    totalScore,
    demandSessions: requests.reduce((sum, r) => sum + Math.max(0, r.sessions), 0),
    supplySessions: supplies.reduce((sum, s, i) => sum + (servable[i] ? Math.max(0, s.sessions) : 0), 0),
    servableSupplies: servable.reduce((sum, flag) => sum + flag, 0),
    candidatePairs: pairs.length,
    components: roots.length,
    phases,
    scoreOptimal,
  };
}

function solveComponent(instance: SolverInstance, pairs: CandidatePair[]) {
  // Local node numbers: 0 source, then requests, then supplies, then the sink; in first-seen order.
  const requestNode = new Map<number, number>();
  const supplyNode = new Map<number, number>();
  for (const pair of pairs) {
    if (!requestNode.has(pair.request)) requestNode.set(pair.request, 0);
    if (!supplyNode.has(pair.supply)) supplyNode.set(pair.supply, 0);
  }
  const requestIds = [...requestNode.keys()].sort((a, b) => a - b);
  const supplyIds = [...supplyNode.keys()].sort((a, b) => a - b);
  requestIds.forEach((r, i) => requestNode.set(r, 1 + i));
  supplyIds.forEach((s, i) => supplyNode.set(s, 1 + requestIds.length + i));
  const sink = 1 + requestIds.length + supplyIds.length;
  const network = new MinCostFlow(sink + 1, requestIds.length + supplyIds.length + pairs.length);
  for (const r of requestIds) network.addArc(0, requestNode.get(r)!, instance.requests[r].sessions, 0);
  const pairArcs = pairs.map((pair) =>
    network.addArc(
      requestNode.get(pair.request)!,
      supplyNode.get(pair.supply)!,
      Math.min(instance.requests[pair.request].sessions, instance.supplies[pair.supply].sessions),
      MAX_SCORE - pair.score,
    ),
  );
  for (const s of supplyIds) network.addArc(supplyNode.get(s)!, sink, instance.supplies[s].sessions, 0);
  const result = network.solve(0, sink);
  const assignments: Assignment[] = [];
  pairs.forEach((pair, i) => {
    const sessions = network.flowOn(pairArcs[i]);
    if (sessions > 0) assignments.push({ ...pair, sessions });
  });
  return { ...result, assignments };
}

/**
 * The baseline that the optimum is measured against: take the eligible pairs nearest first and give each
 * as many sessions as both sides still have.
 */
export function greedyNearestFirst(
  instance: SolverInstance,
  pairs = candidatePairs(instance),
): { matchedSessions: number; totalScore: number } {
  const requestLeft = instance.requests.map((r) => Math.max(0, r.sessions));
  const supplyLeft = instance.supplies.map((s) => Math.max(0, s.sessions));
  const order = pairs
    .map((_, i) => i)
    .sort(
      (a, b) =>
        pairs[a].distanceKm - pairs[b].distanceKm ||
        pairs[a].request - pairs[b].request ||
        pairs[a].supply - pairs[b].supply,
    );
  let matchedSessions = 0;
  let totalScore = 0;
  for (const i of order) {
    const pair = pairs[i];
    const sessions = Math.min(requestLeft[pair.request], supplyLeft[pair.supply]);
    if (sessions <= 0) continue;
    requestLeft[pair.request] -= sessions;
    supplyLeft[pair.supply] -= sessions;
    matchedSessions += sessions;
    totalScore += sessions * pair.score;
  }
  return { matchedSessions, totalScore };
}
