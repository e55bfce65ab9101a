// What scripts/bench (bench.mjs) and its trace (bench_trace.mjs) share: the browser they launch, the throttled
// phone, and what "the first frame presented" means. Defined once, so the two measure the same thing.

export const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--use-angle=swiftshader"];

// The throttled phone: 390x844 at 3x with touch, a Fast-3G-like link (1.6 Mbit/s down, 750 kbit/s up, 150 ms
// latency) and the CPU slowed 4x, both through the DevTools protocol; files are served gzip-encoded.
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const PHONE_CPU = 4;

export async function throttle(cdp) {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", PHONE_NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE_CPU });
}

// An init script (page.addInitScript(watchPresentation, api)): two marks per load. readyAt: the CPU-side mark,
// taken by the page (window[api].readyAt) when its first frame's code ends. window.__bench.presentedAt: when the
// browser has put that frame on screen, taken as the second animation frame that starts after ready (the first
// one after ready is the frame that carries the canvas to the compositor; the second can start only once that
// frame was presented). Long tasks say where the time between the two goes.
export function watchPresentation(api) {
  window.__bench = { presentedAt: 0, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no long-task timing in this browser: the split is left out */ }
  let seen = 0;
  const tick = () => {
    const a = window[api];
    if (a && a.readyAt > 0 && ++seen === 2) { window.__bench.presentedAt = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
