// Linked into app.js (--pre-js, CMakeLists.txt): the later views' code. The build splits the app's WebAssembly
// in two (scripts/build, binaryen's wasm-split guided by a profile of the first frame): app.wasm holds what the
// first frame runs, app.deferred.wasm the rest (Assess, Plan, Share, the check-in, charts, exports, the late
// catalog's reader, the Markdown/HTML/.ics writers). The page fetches and compiles app.deferred.wasm in the
// background right after its first frame (with the catalog's late part, web/bridge.cpp) and links it in; until
// then the views that need it say they are loading. The single-file page names the bytes as a data: URL
// (Module.laterCodeUrl).
Module["laterCode"] = (function () {
  var instance = null, pending = null, bytes = null;
  function url() { return Module["laterCodeUrl"] || "app.deferred.wasm"; }
  // Links the module in: it fills the function table's slots of its functions, so calls into it now go there.
  function link(module) {
    if (!instance) instance = new WebAssembly.Instance(module, { "primary": Module["asm"] });
  }
  function fetchBytes() {
    return fetch(url()).then(function (r) { return r.ok ? r.arrayBuffer() : Promise.reject(new Error("HTTP " + r.status)); });
  }
  return {
    // Fetches the bytes only (while the first frame is made: the link is idle then); load() compiles them.
    prefetch: function () {
      if (instance || pending || bytes) return;
      bytes = fetchBytes();
      bytes.catch(function () {});  // a failure is reported by load()
    },
    // A promise that the code is in: fetched and compiled off the main thread's critical path, linked once.
    load: function () {
      if (instance) return Promise.resolve();
      if (!pending) {
        pending = (bytes || fetchBytes())
          .then(function (b) { return WebAssembly.compile(b); })
          .then(link)
          .catch(function (e) { pending = null; throw e; });
        bytes = null;  // used once: a retry fetches again
      }
      return pending;
    },
    ready: function () { return !!instance; },
    // The last resort: a function of the later part was called before load() finished (a path the build's
    // profile did not see). The call cannot wait, so the bytes are fetched and compiled here, blocking.
    now: function () {
      if (instance) return;
      console.warn("certplan: the later code was needed before it arrived; loading it now");
      var u = url(), bytes;
      if (u.indexOf("data:") === 0) {
        var text = atob(u.slice(u.indexOf(",") + 1));
        bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
      } else {
        var xhr = new XMLHttpRequest();
        xhr.open("GET", u, false);
        xhr.overrideMimeType("text/plain; charset=x-user-defined");  // bytes as they are (a sync request has no arrayBuffer)
        xhr.send();
        if (xhr.status !== 200) throw new Error("certplan: " + u + ": HTTP " + xhr.status);
        var s = xhr.responseText;
        bytes = new Uint8Array(s.length);
        for (var j = 0; j < s.length; ++j) bytes[j] = s.charCodeAt(j) & 0xff;
      }
      link(new WebAssembly.Module(bytes));
    },
  };
})();
// emscripten's SPLIT_MODULE calls this when a placeholder (a function of the later part) runs before it is in.
Module["loadSplitModule"] = function () { Module["laterCode"].now(); };
