import { describe, expect, it } from 'vitest';
import { rulesExtractor } from '../engines/rules/index.js';
import { ScriptedEngine } from '../engines/testing/scripted-engine.js';
import { EngineManager, softwareGpuForTests } from './engine-manager.js';

const NARRATIVE = 'GSW left thigh. TQ applied left thigh 1432. Urgent surgical.';

function managerWith(outputs: string[]) {
  return new EngineManager({
    origin: 'http://localhost',
    softwareGpuForTests: false,
    loadCatalog: async () => ({ locations: [], problems: [] }),
    initial: new ScriptedEngine({ outputs }, rulesExtractor),
  });
}

describe('EngineManager.extract', () => {
  it("keeps the engine's fallback reason: the rules record that stood in is credited to the rules engine (#11.6)", async () => {
    const x = await managerWith(['not a record']).extract(NARRATIVE, {}, new Date('2026-01-01T10:00:00Z'));
    expect(x.fallbackReason).toMatch(/The model's answer was not a record/);
    expect(x.sources).toBeUndefined();
    expect(x.record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:32' }]);
    expect(x.engineLabel).toBe('Scripted test engine');
    expect(x.at).toBe('2026-01-01T10:00:00.000Z');
    // What the run measured is not stored with the casualty.
    expect(Object.keys(x).sort()).toEqual(['at', 'engine', 'engineLabel', 'evidence', 'fallbackReason', 'record']);
  });

  it("keeps each fact's source and the conflicts of a model answer, as the engine gave them", async () => {
    const x = await managerWith(['{"evac_priority":"urgent_surgical","mechanism":["gsw"]}']).extract(NARRATIVE, {});
    expect(x.fallbackReason).toBeUndefined();
    expect(x.sources?.find((s) => s.path === '/mechanism/0')?.source).toBe('both');
    expect(x.sources?.find((s) => s.path === '/interventions/0')?.source).toBe('rules');
    expect(x.conflicts).toEqual([]);
    expect(x.evidence.length).toBeGreaterThan(0);
  });
});

describe('EngineManager.chooseFirst', () => {
  it('runs the engine check once however many ask for the first one; choose() checks again', async () => {
    let checks = 0;
    const manager = new EngineManager({
      origin: 'http://localhost',
      softwareGpuForTests: false,
      loadCatalog: async () => {
        checks++;
        return { locations: [], problems: [] };
      },
    });
    await Promise.all([manager.chooseFirst(), manager.chooseFirst()]);
    await manager.chooseFirst();
    expect(checks).toBe(1);
    expect(manager.decision.get().phase).toBe('ready');
    await manager.choose();
    expect(checks).toBe(2);
  });
});

describe('softwareGpuForTests', () => {
  it('holds only with the flag on a loopback host', () => {
    expect(softwareGpuForTests({ hostname: 'localhost', search: '?test-allow-software-gpu' })).toBe(true);
    expect(softwareGpuForTests({ hostname: '192.168.1.20', search: '?test-allow-software-gpu' })).toBe(false);
    expect(softwareGpuForTests({ hostname: '127.0.0.1', search: '' })).toBe(false);
  });
});
