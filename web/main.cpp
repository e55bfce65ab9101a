// certplan in the browser: GLFW (emscripten's port) makes the WebGL2 context, input.cpp feeds ImGui in
// CSS pixels, and the frame is drawn only when something changed (quiet while idle).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

#include "app.h"
#include "bridge.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "input.h"
#include "late_catalog.h"
#include "mirror.h"
#include "persistence.h"
#include "share.h"
#include "theme.h"
#include "views.h"

namespace {

constexpr const char* kCanvas = "#canvas";
constexpr double kIdleInterval = 0.5;  // seconds between frames while nothing happens: 2 fps at most
constexpr int kFramesAfterInput = 6;   // ImGui settles over a few frames (a click trickles in; a tab switch lays out next frame)

struct {
    GLFWwindow* window = nullptr;
    App app;
    Views views;  // how the views look at it: filters, selection
    int frames = 0;
    int frames_since_first = 0;  // animation frames since the first frame was drawn (see frame())
    int pending_frames = kFramesAfterInput;
    double last_frame = 0;
    double css_w = 0, css_h = 0;
    float ratio = 0;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;
    std::string clipboard;
} state;

void wake() { state.pending_frames = kFramesAfterInput; }

const char* css_cursor(ImGuiMouseCursor c) {
    switch (c) {
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

// Keeps the canvas backing store at CSS size x devicePixelRatio, so text is crisp on HiDPI screens.
// NOTE: never through glfwSetWindowSize: in 3.1.6 a size equal to the screen requests fullscreen.
void follow_canvas_size() {
    double w = 0, h = 0;
    emscripten_get_element_css_size(kCanvas, &w, &h);
    float ratio = float(emscripten_get_device_pixel_ratio());
    if (w != state.css_w || h != state.css_h || ratio != state.ratio) {
        state.css_w = w, state.css_h = h;
        emscripten_set_canvas_element_size(kCanvas, int(std::lround(w * ratio)), int(std::lround(h * ratio)));
        wake();
    }
    if (state.frames == 0) bridge_mark("canvas");
    if (ratio != state.ratio) {
        state.ratio = ratio;
        // Before the first frame the backend has no device objects yet: its NewFrame uploads the atlas.
        if (fonts_update(ratio) && state.frames > 0) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
    }
}

// One ImGui frame: input in, the app's views laid out, draw lists out (nothing drawn yet).
void lay_out(double now) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    item_registry_begin_frame();
    state.app.now = now;
    state.app.today = bridge_today();
    app_draw(state.app, state.views);
    ImGui::Render();
    item_registry_end_frame();
}

void frame() {
    // Nothing new is drawn until the first frame is on screen: drawing in the very next animation frame
    // would make the compositor wait for two frames' rasterisation before it shows the first. The first
    // animation frame after it carries it to the compositor; the second starts only once it was presented.
    if (state.frames == 1 && state.frames_since_first < 2) {
        // The first frame is on screen: now the later part (the later views' code and the rest of the catalog,
        // which only Assess and Plan need), its bytes already fetched or on their way (main()). Started
        // earlier, its compile and catalog read would compete with presenting the first frame.
        if (++state.frames_since_first == 2) bridge_fetch_late_catalog();
        return;
    }
    const bool first = state.frames == 0;  // the first frame's phases are marked for scripts/bench
    if (first) bridge_mark("frameStart");
    follow_canvas_size();
    if (first) {
        bridge_mark("fonts");
        // The renderer's shaders and the font atlas's texture, made here rather than inside the first
        // NewFrame, so that scripts/bench tells them from the layout.
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        bridge_mark("gpu");
    }
    const double started = emscripten_get_now();
    const double now = started / 1000.0;
    if (state.pending_frames <= 0 && now - state.last_frame < kIdleInterval) return;
    if (state.pending_frames > 0) --state.pending_frames;

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(state.css_w), float(state.css_h));
    io.DisplayFramebufferScale = ImVec2(state.ratio, state.ratio);
    io.DeltaTime = state.last_frame > 0 ? float(std::fmax(now - state.last_frame, 1e-4)) : 1.0f / 60.0f;
    state.last_frame = now;

    if (input_before_frame()) wake();
    const unsigned revision = state.app.plan_revision;
    // ImGui places tab bars and table columns over two frames (the first measures, the second places): the
    // first frame is laid out twice and drawn once, so the first picture a user sees is complete, and a
    // GPU-less browser's software rasteriser draws one frame, not two, before it is presented.
    if (first) {
        lay_out(now);
        bridge_mark("measure");
    }
    lay_out(now);
    if (first) bridge_mark("layout");

    int fb_w = int(std::lround(state.css_w * state.ratio)), fb_h = int(std::lround(state.css_h * state.ratio));
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = theme_colors().background;
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (ImGui::GetMouseCursor() != state.cursor) {
        state.cursor = ImGui::GetMouseCursor();
        bridge_set_cursor(css_cursor(state.cursor));
    }
    // Keep drawing while ImGui animates or the plan just changed (its figures move).
    if (io.WantTextInput || ImGui::IsAnyItemActive() || revision != state.app.plan_revision) wake();
    // A pending save keeps the loop awake until it is written (within a second of the edit).
    if (persistence_tick(state.app, now)) state.pending_frames = std::max(state.pending_frames, 1);
    app_follow_address(state.app);
    bridge_frame_drawn(++state.frames, state.pending_frames <= 0, emscripten_get_now() - started);
    if (state.frames == 1) bridge_hide_loading();
}

const char* get_clipboard(void*) {
    state.clipboard = bridge_pasted_text();
    return state.clipboard.c_str();
}

void set_clipboard(void*, const char* text) { bridge_copy_text(text); }

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* certplan_snapshot_json() {
    static std::string s;
    s = app_snapshot_json(state.app, state.views);
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE void certplan_on_paste() {
    // A paste while a text field is active types the text into it.
    if (ImGui::GetIO().WantTextInput) ImGui::GetIO().AddInputCharactersUTF8(bridge_pasted_text().c_str());
    wake();
}
EMSCRIPTEN_KEEPALIVE void certplan_wake() { wake(); }
EMSCRIPTEN_KEEPALIVE void certplan_color_scheme_changed() {
    theme_follow_system(state.views.view_state, bridge_prefers_dark());
    wake();
}
EMSCRIPTEN_KEEPALIVE const char* certplan_share_url() {
    static std::string s;
    s = app_share_url(state.app);
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE void certplan_hash_changed() {
    app_open_link(state.app, bridge_get_hash());
    wake();
}
EMSCRIPTEN_KEEPALIVE void certplan_storage_changed() {
    persistence_sync(state.app);
    wake();
}
EMSCRIPTEN_KEEPALIVE void certplan_update_ready() {
    app_notify(state.app, Notice::Kind::info, "certplan was updated: reload the page to use the new version.", true);
    wake();
}
EMSCRIPTEN_KEEPALIVE void certplan_import_text(const char* text) {
    app_import_text(state.app, text);
    wake();
}
// The later views' code is linked in (shell/later_code.js); the catalog's late part follows at once.
EMSCRIPTEN_KEEPALIVE void certplan_later_code_ready() {
    state.app.late.code_ready = true;
    wake();
}
// The catalog's late part (size -1: it could not be fetched).
EMSCRIPTEN_KEEPALIVE void certplan_late_catalog(const char* bytes, int size) {
    const std::string data = size >= 0 ? std::string(bytes, size_t(size)) : std::string();
    app_late_catalog(state.app, size >= 0 ? &data : nullptr);
    bridge_catalog_complete(app_catalog_complete(state.app), state.app.late.failed);
    wake();
}
EMSCRIPTEN_KEEPALIVE void certplan_import_error(const char* message) {
    app_notify(state.app, Notice::Kind::error, message, true);
    wake();
}
}

int main() {
    bridge_mark("main");
    // The later part's bytes come down while the first frame is made; they are compiled and read once it is
    // on screen (frame()).
    bridge_prefetch_late();
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    state.window = glfwCreateWindow(800, 600, "certplan", nullptr, nullptr);
    if (!state.window) return 1;
    glfwMakeContextCurrent(state.window);
    bridge_mark("webgl");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is the app's, not a saved ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendPlatformName = "certplan_html5";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    theme_set_touch(bridge_coarse_pointer());  // thumb-sized controls on phones and tablets
    apply_theme(ThemeKind::light);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    bridge_install();
    mirror_install(input_click_at, wake);  // the accessibility mirror's part of window.certplan
    Host host;
    host.copy_text = bridge_copy_text;
    host.download = bridge_download;
    host.open_url = bridge_open_url;
    host.open_import = bridge_open_import;
    host.fetch_late_catalog = bridge_fetch_late_catalog;
    host.storage_get = [](const std::string& key, std::string& value, bool& unavailable) {
        int status = bridge_storage_get(key, value);
        unavailable = status < 0;
        return status == 1;
    };
    host.storage_set = [](const std::string& key, const std::string& value) {
        int r = bridge_storage_set(key, value);
        return r == 0 ? StoreResult::ok : r == 1 ? StoreResult::full : StoreResult::unavailable;
    };
    bridge_mark("context");
    app_init(state.app, host);
    state.app.late.code_ready = !bridge_later_code_split();
    bridge_mark("catalog");
    state.app.today = bridge_today();
    state.app.now = emscripten_get_now() / 1000.0;
    persistence_load(state.app);
    // The theme: the user's remembered choice, else the system's preference.
    state.views.view_state.store = [](const std::string& key, const std::string& value) { bridge_storage_set(key, value); };
    std::string theme;
    const bool remembered = bridge_storage_get(kThemeKey, theme) == 1;
    theme_restore(state.views.view_state, remembered ? &theme : nullptr, bridge_prefers_dark());
    state.app.address.base_url = bridge_base_url();
    state.app.address.replace_hash = bridge_replace_hash;
    app_open_link(state.app, bridge_get_hash());  // a shared link opens in "viewing" mode; storage is untouched
    input_install(kCanvas, wake);
    bridge_mark("restored");
    emscripten_set_main_loop(frame, 0, false);
    // The first frame now, not at the next animation frame: everything it needs is ready.
    frame();
    return 0;
}
