/**
 * How long the server's event loop was held: while it is, every visitor waits. Node's own monitor
 * (`monitorEventLoopDelay`, 10 ms resolution) is read in one-second windows; `eventLoopMaxDelayMs` answers
 * the longest delay of the last ten seconds. `/api/health` reports it, and the scale bench reads it while a
 * publication is made (README, "National scale").
 */
import "server-only";
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

export const EVENT_LOOP_WINDOW_SECONDS = 10;

const state = globalThis as unknown as { eventLoopMonitor?: { histogram: IntervalHistogram; windows: number[] } };

function start() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const windows: number[] = [];
  setInterval(() => {
    windows.push(histogram.max / 1e6);
    if (windows.length > EVENT_LOOP_WINDOW_SECONDS) windows.shift();
    histogram.reset();
  }, 1000).unref();
  return { histogram, windows };
}

/** The longest event-loop delay of the last ten seconds, in whole milliseconds (0 before the first sample). */
export function eventLoopMaxDelayMs(): number {
  const m = (state.eventLoopMonitor ??= start());
  return Math.round(Math.max(0, m.histogram.max / 1e6, ...m.windows));
}
