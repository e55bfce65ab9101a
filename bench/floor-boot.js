var Module = { canvas: document.getElementById("canvas") };
