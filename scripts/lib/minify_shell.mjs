// Writes the page's own shell files into dist/ minified: the browser downloads what it runs, the repository
// keeps what people read (1.6 KB of gzip off the bundle, scripts/bench). terser compresses and mangles local
// names only: top-level names are the page's globals (Module, window.certplan's helpers) and stay. The HTML
// and the stylesheet lose their comments and spare whitespace. A script terser cannot parse stops the
// build, naming the file and line.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const [shellDir, outDir] = process.argv.slice(2);
for (const file of ["boot.js", "a11y.js"]) {
  const path = join(shellDir, file);
  try {
    const { code } = await minify(readFileSync(path, "utf8"), { ecma: 2020, compress: { passes: 2 }, mangle: true });
    writeFileSync(join(outDir, file), code);
  } catch (e) {
    console.error(`${path}:${e.line ?? "?"}:${e.col ?? "?"}: ${e.message}`);
    process.exit(1);
  }
}
const html = readFileSync(join(shellDir, "index.html"), "utf8").replace(/<!--[\s\S]*?-->\n?/g, "");
writeFileSync(join(outDir, "index.html"), html);
// The stylesheet is a few plain rules: comments go, whitespace shrinks to what the syntax needs.
const css = readFileSync(join(shellDir, "style.css"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\s+/g, " ")
  .replace(/\s*([{};:,])\s*/g, "$1")
  .replace(/;}/g, "}")
  .trim();
writeFileSync(join(outDir, "style.css"), css + "\n");
