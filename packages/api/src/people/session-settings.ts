/** Idle and absolute time-outs of a browser session (FAHRPLAN_SESSION_IDLE_MINUTES, …_HOURS). */
export interface SessionSettings {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

/** A working day without activity signs out after two hours; every session ends after twelve. */
export const DEFAULT_SESSIONS: SessionSettings = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
};
