// A static file server for dist/ on 127.0.0.1 only: what `scripts/serve` and the browser tests use.
// certplan has no server of its own; any static host serves the same files.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".png": "image/png", ".svg": "image/svg+xml", ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// Types a static host compresses on the way out (gzip: true): text and WebAssembly, not the PNG icons.
const COMPRESSED = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".txt", ".bin"]);

// gzip: serve compressible files gzip-encoded to clients that accept it, as a static host does (scripts/bench).
export function startServer(root, port = 0, host = "127.0.0.1", { gzip = false } = {}) {
  root = resolve(root);
  const zipped = new Map();  // path -> [mtime, gzip bytes]
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
      if (path === "" || path.endsWith("/")) path += "index.html";
      const file = join(root, path);
      if (!file.startsWith(root)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error("dir"), { code: "ENOENT" });
      let body = await readFile(file);
      const headers = {
        "Content-Type": TYPES[extname(file)] || "application/octet-stream",
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      };
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        const hit = zipped.get(file);
        if (!hit || hit[0] !== info.mtimeMs) zipped.set(file, [info.mtimeMs, gzipSync(body, { level: 9 })]);
        body = zipped.get(file)[1];
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      }
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(e.code === "ENOENT" ? 404 : 500, { "Content-Type": "text/plain" });
      res.end(e.code === "ENOENT" ? "not found" : "error");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

// Run directly: node static_server.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await startServer(dir, Number(port));
  console.log(`certplan is served at ${url}  (Ctrl+C stops it)`);
}
