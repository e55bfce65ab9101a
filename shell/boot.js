// Configures the emscripten module before app.js loads (no inline script: the page's CSP forbids it).
var Module = {
  canvas: document.getElementById("canvas"),
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
};
