// Writes dist/certplan-offline.html: the whole app in one file, which opens from file:// by double-click: app.js
// inlined, app.wasm handed to it as bytes (Module.wasmBinary, decoded from base64), and what the served page
// fetches after its first frame (the later code, app.deferred.wasm, and the catalog's late part) as data: URLs.
// Its CSP allows exactly its own inline scripts, by their hashes.
//   node make_single_file.mjs DIST OUT [LATE_CATALOG]
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";

const [shellDir, out, lateCatalog] = process.argv.slice(2);
const css = readFileSync(`${shellDir}/style.css`, "utf8");
// The catalog's late part rides along as a data: URL (a file:// page has nothing to fetch it from); the page
// fetches it after its first frame as the served page fetches catalog-late.bin.
const dataUrl = (file) => `data:application/octet-stream;base64,${readFileSync(`${shellDir}/${file}`).toString("base64")}`;
const lateUrl = lateCatalog ? dataUrl(lateCatalog) : "";
const wasm = readFileSync(`${shellDir}/app.wasm`).toString("base64");
const boot = `var Module = { canvas: document.getElementById("canvas"), print: (t) => console.log(t), printErr: (t) => console.warn(t),
  wasmBinary: (function (s) { var b = atob(s), u = new Uint8Array(b.length); for (var i = 0; i < b.length; ++i) u[i] = b.charCodeAt(i); return u; })("${wasm}"),
  laterCodeUrl: "${dataUrl("app.deferred.wasm")}"${lateUrl ? `, lateCatalogUrl: "${lateUrl}"` : ""} };`;
const app = readFileSync(`${shellDir}/app.js`, "utf8").replaceAll("</script", "<\\/script");
const a11y = readFileSync(`${shellDir}/a11y.js`, "utf8");
const hash = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const csp = `default-src 'none'; script-src ${hash(boot)} ${hash(a11y)} ${hash(app)} 'wasm-unsafe-eval'; style-src ${hash(css)}; img-src data: blob:; connect-src data:; object-src 'none'; base-uri 'none'; form-action 'none'`;
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>certplan (offline file)</title>
<style>${css}</style>
</head>
<body>
<canvas id="canvas" tabindex="0" aria-label="certplan interface (drawn on a canvas)"></canvas>
<div id="loading" role="status">Loading certplan…</div>
<main id="a11y-mirror" class="visually-hidden" aria-label="certplan"></main>
<div id="a11y-live" class="visually-hidden" aria-live="polite" role="status"></div>
<div id="a11y-focus-ring" hidden></div>
<script>${boot}</script>
<script>${a11y}</script>
<script>${app}</script>
</body>
</html>
`;
writeFileSync(out, html);
console.log(`single-file page: ${out} (${(html.length / 1024).toFixed(0)} KB)`);
