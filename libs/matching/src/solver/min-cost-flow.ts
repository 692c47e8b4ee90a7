/** What a min-cost maximum flow solve proves. */
export interface MinCostFlowResult {
  /** Value of the maximum flow. */
  flow: number;
  /** Total cost of that flow, the least among all maximum flows. */
  cost: number;
  /** Capacity of the minimum s-t cut found in the final residual graph: equals `flow` (max-flow/min-cut). */
  cutCapacity: number;
  /** Dual certificate: every residual arc has a non-negative reduced cost under the final potentials. */
  reducedCostsNonNegative: boolean;
  /** Number of shortest-path phases (Dijkstra runs that found the sink). */
  phases: number;
}

/**
 * Min-cost maximum flow on integer capacities and non-negative integer costs.
 *
 * Primal-dual method: each phase runs Dijkstra on reduced costs (Johnson potentials), raises the
 * potentials by the distances, and then pushes a blocking flow (Dinic) through the arcs whose reduced
 * cost is zero, i.e. along every shortest augmenting path at once. It stops when the sink is unreachable,
 * so the flow is maximum; the potentials keep every residual reduced cost non-negative, so its cost is the
 * least of all maximum flows. Both facts are checked at the end and returned as certificates.
 * Deterministic: arcs are scanned in insertion order and heap ties break on the node number.
 */
export class MinCostFlow {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly to: Int32Array;
  private readonly cap: Int32Array;
  private readonly original: Int32Array;
  private readonly cost: Int32Array;
  private arcs = 0;

  constructor(
    readonly nodes: number,
    maxArcs: number,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(2 * maxArcs);
    this.to = new Int32Array(2 * maxArcs);
    this.cap = new Int32Array(2 * maxArcs);
    this.original = new Int32Array(2 * maxArcs);
    this.cost = new Int32Array(2 * maxArcs);
  }

  /** Adds the arc u→v and returns its id (read its flow with `flowOn`). */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`bad capacity ${capacity}`);
    if (!Number.isInteger(cost) || cost < 0) throw new RangeError(`bad cost ${cost}`);
    const e = this.arcs;
    if (e + 2 > this.to.length) throw new RangeError('more arcs than announced');
    this.link(e, u, v, capacity, cost);
    this.link(e + 1, v, u, 0, -cost);
    this.original[e] = capacity;
    this.arcs += 2;
    return e;
  }

  flowOn(arc: number): number {
    return this.original[arc] - this.cap[arc];
  }

  private link(e: number, u: number, v: number, capacity: number, cost: number): void {
    this.to[e] = v;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[u];
    this.head[u] = e;
  }

  solve(source: number, sink: number): MinCostFlowResult {
    const n = this.nodes;
    const { head, next, to, cap, cost } = this;
    const potential = new Float64Array(n);
    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    const queue = new Int32Array(n);
    const path = new Int32Array(n);
    const heap = new MinHeap(this.arcs + n);
    let flow = 0;
    let phases = 0;

    for (;;) {
      // Dijkstra on reduced costs; stops as soon as the sink is settled.
      dist.fill(Infinity);
      done.fill(0);
      heap.clear();
      dist[source] = 0;
      heap.push(0, source);
      while (heap.size > 0) {
        const u = heap.popNode();
        if (done[u]) continue;
        done[u] = 1;
        if (u === sink) break;
        const du = dist[u];
        const pu = potential[u];
        for (let e = head[u]; e !== -1; e = next[e]) {
          if (cap[e] <= 0) continue;
          const v = to[e];
          if (done[v]) continue;
          const nd = du + cost[e] + pu - potential[v];
          if (nd < dist[v]) {
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      }
      if (!done[sink]) break;
      phases += 1;
      // Nodes not settled are at least as far as the sink: capping there keeps reduced costs >= 0.
      const reach = dist[sink];
      for (let v = 0; v < n; v += 1) potential[v] += done[v] ? dist[v] : reach;

      // Blocking flows through the zero-reduced-cost (admissible) arcs until no shortest path is left.
      for (;;) {
        level.fill(-1);
        level[source] = 0;
        let qh = 0;
        let qt = 0;
        queue[qt++] = source;
        while (qh < qt) {
          const u = queue[qh++];
          const pu = potential[u];
          for (let e = head[u]; e !== -1; e = next[e]) {
            const v = to[e];
            if (cap[e] > 0 && level[v] < 0 && cost[e] + pu - potential[v] === 0) {
              level[v] = level[u] + 1;
              queue[qt++] = v;
            }
          }
        }
        if (level[sink] < 0) break;
        for (let v = 0; v < n; v += 1) iter[v] = head[v];
        flow += this.blockingFlow(source, sink, level, iter, path, potential);
      }
    }

    // Certificates: the cut of the nodes still reachable from the source, and the reduced costs.
    const reachable = new Uint8Array(n);
    let qh = 0;
    let qt = 0;
    queue[qt++] = source;
    reachable[source] = 1;
    while (qh < qt) {
      const u = queue[qh++];
      for (let e = head[u]; e !== -1; e = next[e]) {
        if (cap[e] > 0 && !reachable[to[e]]) {
          reachable[to[e]] = 1;
          queue[qt++] = to[e];
        }
      }
    }
    let cutCapacity = 0;
    let totalCost = 0;
    let reducedCostsNonNegative = true;
    for (let e = 0; e < this.arcs; e += 1) {
      const tail = to[e ^ 1];
      const headNode = to[e];
      if ((e & 1) === 0) {
        if (reachable[tail] && !reachable[headNode]) cutCapacity += this.original[e];
        totalCost += (this.original[e] - cap[e]) * cost[e];
      }
      if (cap[e] > 0 && cost[e] + potential[tail] - potential[headNode] < 0) reducedCostsNonNegative = false;
    }
    if (cutCapacity !== flow) {
      throw new Error(`min-cost flow: cut ${cutCapacity} differs from flow ${flow}; this is a bug`);
    }
    return { flow, cost: totalCost, cutCapacity, reducedCostsNonNegative, phases };
  }

  // Dinic's blocking flow on the level graph of admissible arcs, with an explicit stack (paths can be long).
  private blockingFlow(
    source: number,
    sink: number,
    level: Int32Array,
    iter: Int32Array,
    path: Int32Array,
    potential: Float64Array,
  ): number {
    const { next, to, cap, cost } = this;
    let pushed = 0;
    let depth = 0;
    let u = source;
    for (;;) {
      if (u === sink) {
        let amount = Infinity;
        for (let i = 0; i < depth; i += 1) amount = Math.min(amount, cap[path[i]]);
        let firstSaturated = -1;
        for (let i = 0; i < depth; i += 1) {
          const e = path[i];
          cap[e] -= amount;
          cap[e ^ 1] += amount;
          if (firstSaturated < 0 && cap[e] === 0) firstSaturated = i;
        }
        pushed += amount;
        depth = firstSaturated;
        u = depth === 0 ? source : to[path[depth - 1]];
        continue;
      }
      let advanced = false;
      const pu = potential[u];
      for (let e = iter[u]; e !== -1; e = next[e]) {
        const v = to[e];
        if (cap[e] > 0 && level[v] === level[u] + 1 && cost[e] + pu - potential[v] === 0) {
          iter[u] = e;
          path[depth++] = e;
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      // Dead end: no augmenting path passes through u any more in this level graph.
      iter[u] = -1;
      level[u] = -1;
      if (depth === 0) return pushed;
      const back = path[--depth];
      u = to[back ^ 1];
      iter[u] = next[back];
    }
  }
}

/** Binary min-heap of (key, node) with ties broken on the node number; lazy deletion. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.nodes = new Int32Array(Math.max(1, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  private less(i: number, j: number): boolean {
    return this.keys[i] < this.keys[j] || (this.keys[i] === this.keys[j] && this.nodes[i] < this.nodes[j]);
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i];
    this.keys[i] = this.keys[j];
    this.keys[j] = k;
    const n = this.nodes[i];
    this.nodes[i] = this.nodes[j];
    this.nodes[j] = n;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) throw new RangeError('heap full');
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  popNode(): number {
    const top = this.nodes[0];
    this.size -= 1;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size];
      this.nodes[0] = this.nodes[this.size];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.size && this.less(l, m)) m = l;
        if (r < this.size && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
