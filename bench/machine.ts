/** The machine a figure was measured on: printed with every benchmark run and stored with the figures. */
import { availableParallelism, cpus, freemem, loadavg, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine slows every figure. */
  load: number;
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

export function machineLine(m: Machine = machine()): string {
  return `machine: ${m.cpu} · ${m.cores} cores · ${m.memoryGB} GB (${(freemem() / 1e9).toFixed(1)} GB free) · Node ${m.node} · ${m.platform} · load ${m.load} · ${m.date}`;
}
