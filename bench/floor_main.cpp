// The floor certplan is measured against: a bare Dear ImGui + GLFW + WebGL2 page with one checkbox, built
// with the same toolchain and flags. It draws every frame, as ImGui's own examples do.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

static GLFWwindow* window;
static bool checked = false;
static int frames = 0;

EM_JS(void, floor_frame, (int n, double ms), {
    window.floor = window.floor || { frames: 0, frameMs: [] };
    window.floor.frames = n;
    window.floor.frameMs.push(ms);
    if (window.floor.frameMs.length > 600) window.floor.frameMs.shift();
    if (n === 1) window.floor.readyAt = (window.floor.startup = window.floor.startup || {}).firstFrame = performance.now();
});

// Start-up phases, named as certplan's (web/main.cpp) for scripts/bench.
EM_JS(void, floor_mark, (const char* phase), {
    window.floor = window.floor || { frames: 0, frameMs: [] };
    (window.floor.startup = window.floor.startup || {})[UTF8ToString(phase)] = performance.now();
});

static void frame() {
    double t0 = emscripten_get_now();
    if (frames == 0) floor_mark("frameStart");
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("floor");
    ImGui::Checkbox("A checkbox", &checked);
    ImGui::End();
    ImGui::Render();
    if (frames == 0) floor_mark("layout");
    int w, h;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.9f, 0.9f, 0.9f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    floor_frame(++frames, emscripten_get_now() - t0);
}

int main() {
    floor_mark("main");
    glfwInit();
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    window = glfwCreateWindow(1280, 800, "floor", nullptr, nullptr);
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    floor_mark("context");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
