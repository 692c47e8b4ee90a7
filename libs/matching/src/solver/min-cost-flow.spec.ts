import { MinCostFlow } from './min-cost-flow';

describe('MinCostFlow', () => {
  it('finds the maximum flow first and the cheapest among those, with a matching cut', () => {
    // s=0, a=1, b=2, t=3. The cheap arc s→a→t carries 2; the rest goes the expensive way.
    const net = new MinCostFlow(4, 5);
    const sa = net.addArc(0, 1, 2, 1);
    const sb = net.addArc(0, 2, 3, 5);
    const ab = net.addArc(1, 2, 1, 1);
    const at = net.addArc(1, 3, 2, 1);
    const bt = net.addArc(2, 3, 3, 1);
    const result = net.solve(0, 3);
    expect(result.flow).toBe(5);
    expect(result.cutCapacity).toBe(5);
    expect(result.reducedCostsNonNegative).toBe(true);
    expect([sa, sb, ab, at, bt].map((arc) => net.flowOn(arc))).toEqual([2, 3, 0, 2, 3]);
    expect(result.cost).toBe(2 * 1 + 3 * 5 + 2 * 1 + 3 * 1);
  });

  it('reroutes earlier flow when that lets more through (needs residual arcs)', () => {
    // Requests r1 (node 1), r2 (node 2); supplies x (3), y (4). r1–x cheap, r1–y dear, r2–x only.
    const net = new MinCostFlow(6, 7);
    net.addArc(0, 1, 1, 0);
    net.addArc(0, 2, 1, 0);
    const r1x = net.addArc(1, 3, 1, 0);
    const r1y = net.addArc(1, 4, 1, 50);
    const r2x = net.addArc(2, 3, 1, 10);
    net.addArc(3, 5, 1, 0);
    net.addArc(4, 5, 1, 0);
    const result = net.solve(0, 5);
    expect(result.flow).toBe(2);
    expect([r1x, r1y, r2x].map((arc) => net.flowOn(arc))).toEqual([0, 1, 1]);
    expect(result.cost).toBe(60);
  });

  it('handles a network without any path', () => {
    const net = new MinCostFlow(3, 1);
    net.addArc(0, 1, 4, 0);
    expect(net.solve(0, 2)).toMatchObject({ flow: 0, cost: 0, cutCapacity: 0, phases: 0 });
  });

  it('refuses negative costs and fractional capacities', () => {
    const net = new MinCostFlow(2, 2);
    expect(() => net.addArc(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => net.addArc(0, 1, 1.5, 0)).toThrow(RangeError);
  });
});
