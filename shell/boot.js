// Configures the emscripten module before app.js loads (no inline script: the page's CSP forbids it),
// and registers the service worker that makes certplan work offline.
var Module = {
  canvas: document.getElementById("canvas"),
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
};

// Registered once the later part is in (the later views' code and the catalog's late part, fetched right after
// the first frame; or once it failed): installing it precaches every file, and that work must compete neither
// with start-up nor with the later part on a slow link (on a first visit it fetches the whole app again).
document.addEventListener("certplan-complete", function registerServiceWorker() {
  // NOTE: file:// pages (the single-file build) get no service worker; they need none.
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register("sw.js").then((reg) => {
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener("statechange", () => {
        // A new version was downloaded while an older one runs this page: tell the user once it is ready.
        if (worker.state === "activated" && hadController && Module._certplan_update_ready) Module._certplan_update_ready();
      });
    });
  }).catch((e) => console.warn("certplan: offline support is unavailable:", e && e.message));
}, { once: true });
