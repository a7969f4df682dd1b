import { CircuitBreaker } from '../sandbox/circuit-breaker';

function breaker(): { breaker: CircuitBreaker; lines: string[] } {
  const lines: string[] = [];
  return { breaker: new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000, dependency: 'the server', log: (line) => lines.push(line) }), lines };
}

describe('circuit breaker (timestamps only)', () => {
  it('opens after the threshold of consecutive failures, with one log line, and sends callers past it while open', () => {
    const { breaker: circuit, lines } = breaker();
    circuit.failed(0);
    circuit.succeeded(1);
    circuit.failed(2);
    circuit.failed(3);
    expect(circuit.allow(4)).toBe(true);
    circuit.failed(5);
    expect(circuit.isOpen).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/the server failed 3 times in a row: circuit open; events go on without it for 10 s/)]);
    for (let now = 6; now < 10_005; now += 1000) expect(circuit.allow(now)).toBe(false);
  });

  it('lets one probe through after the cool-down; a failed probe keeps it open, a good one closes it with the count', () => {
    const { breaker: circuit, lines } = breaker();
    for (let i = 0; i < 3; i++) circuit.failed(0);
    expect(circuit.allow(9_999)).toBe(false);
    expect(circuit.allow(10_000)).toBe(true);
    expect(circuit.allow(10_001)).toBe(false); // the probe is still out
    circuit.failed(10_500);
    expect(circuit.allow(15_000)).toBe(false); // a new cool-down from the failed probe
    expect(circuit.allow(20_500)).toBe(true);
    circuit.succeeded(20_600);
    expect(circuit.isOpen).toBe(false);
    expect(circuit.allow(20_601)).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/the server answers again: circuit closed after 21 s; 3 event\(s\) went on without it meanwhile/);
  });

  it('lets another probe through when one never comes back (a host whose calls have no time limit)', () => {
    const lines: string[] = [];
    const circuit = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1000, staleProbeMs: 5000, dependency: 'the server', log: (line) => lines.push(line) });
    circuit.failed(0);
    expect(circuit.allow(1000)).toBe(true); // this probe hangs forever
    expect(circuit.allow(5999)).toBe(false);
    expect(circuit.allow(6000)).toBe(true);
    circuit.succeeded(6100);
    expect(circuit.isOpen).toBe(false);
    expect(lines[0]).toContain('events go on without it for 1 s');
  });
});
