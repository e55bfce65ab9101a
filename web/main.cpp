// certplan in the browser: GLFW (emscripten's port) makes the WebGL2 context, input.cpp feeds ImGui in
// CSS pixels, and the frame is drawn only when something changed (quiet while idle).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "app.h"
#include "bridge.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "input.h"
#include "late_catalog.h"
#include "mirror.h"
#include "page_life.h"
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
    int pictures = 0;  // frames drawn on the canvas (the others' picture was there already)
    int frames_since_first = 0;  // animation frames since the first frame was drawn (see frame())
    int pending_frames = kFramesAfterInput;
    double last_frame = 0;
    double css_w = 0, css_h = 0;
    float ratio = 0;
    std::uint64_t on_canvas = 0;  // the picture the canvas shows (picture_of()); 0: none (a new size clears it)
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

// Keeps the canvas backing store at CSS size x devicePixelRatio, so text is crisp on HiDPI screens, up to
// kMaxPixelRatio: a 3x phone's canvas would hold 2.25 times the pixels of a 2x one (1170x2532 for 390x844),
// each of them drawn and, where the browser has no GPU, read back every drawn frame; at 2x text is still sharp.
// NOTE: never through glfwSetWindowSize: in 3.1.6 a size equal to the screen requests fullscreen.
constexpr float kMaxPixelRatio = 2;
void follow_canvas_size() {
    double w = 0, h = 0;
    emscripten_get_element_css_size(kCanvas, &w, &h);
    const float ratio = std::fmin(float(emscripten_get_device_pixel_ratio()), kMaxPixelRatio);
    if (w != state.css_w || h != state.css_h || ratio != state.ratio) {
        state.css_w = w, state.css_h = h;
        emscripten_set_canvas_element_size(kCanvas, int(std::lround(w * ratio)), int(std::lround(h * ratio)));
        state.on_canvas = 0;
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

// What a frame puts on the canvas, as one number: its draw lists (vertices, indices, commands), the canvas's
// size and its background. A frame whose picture is on the canvas already is not drawn again (frame()).
std::uint64_t picture_of(const ImDrawData& draw, int fb_w, int fb_h, const ImVec4& background) {
    std::uint64_t h = 0x9e3779b97f4a7c15ull;
    auto add = [&h](const void* data, size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < size; i += 8) {  // 8 bytes at a time, the last word zero-padded
            std::uint64_t word = 0;
            std::memcpy(&word, bytes + i, std::min<size_t>(8, size - i));
            h = (h ^ word) * 0xff51afd7ed558ccdull;
            h ^= h >> 32;
        }
    };
    const int size[2] = {fb_w, fb_h};
    add(size, sizeof size);
    add(&background, sizeof background);
    for (const ImDrawList* list : draw.CmdLists) {
        add(list->VtxBuffer.Data, size_t(list->VtxBuffer.size_in_bytes()));
        add(list->IdxBuffer.Data, size_t(list->IdxBuffer.size_in_bytes()));
        add(list->CmdBuffer.Data, size_t(list->CmdBuffer.size_in_bytes()));
    }
    return h ? h : 1;  // 0 means "nothing on the canvas"
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

// Lays out this frame, as many times as the input since the last one needs before its result can be seen, and
// returns whether input is still waiting. ImGui takes a tap over several frames (the move, then the press, then
// the release: input.cpp), and a tab chosen by it is shown on the frame after; played through here, laid out
// and not drawn, so that the first picture drawn after a tap already shows what it did. (Each drawn frame
// costs the GPU's work, and where the browser has none, a read-back of the whole canvas: on a slow phone a
// tap that takes four drawn frames takes seconds.) Passes after the first take no time on ImGui's clock.
bool lay_out_input(double now) {
    constexpr int kMaxPasses = 6;  // a move, a double click (press, release, press, release), and a settling pass
    bool waiting = false;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        if (pass > 0) ImGui::GetIO().DeltaTime = 1e-4f;
        const View shown = state.views.view_state.view;
        waiting = input_before_frame();
        lay_out(now);
        // Another pass while presses wait their turn, after a press or a release (what it clicked shows on the
        // next pass), and after the view changed (its tables measure on their first pass, place on the next).
        const ImGuiIO& io = ImGui::GetIO();
        bool button = false;
        for (int b = 0; b < 3; ++b) button = button || io.MouseClicked[b] || io.MouseReleased[b];
        if (!input_presses_waiting() && !button && state.views.view_state.view == shown) break;
    }
    return waiting;
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

    const unsigned revision = state.app.plan_revision;
    // ImGui places tab bars and table columns over two frames (the first measures, the second places): the
    // first frame is laid out twice and drawn once, so the first picture a user sees is complete, and a
    // GPU-less browser's software rasteriser draws one frame, not two, before it is presented.
    if (first) {
        lay_out(now);
        bridge_mark("measure");
    }
    if (lay_out_input(now)) wake();
    if (first) bridge_mark("layout");

    int fb_w = int(std::lround(state.css_w * state.ratio)), fb_h = int(std::lround(state.css_h * state.ratio));
    const ImVec4 bg = theme_colors().background;
    // Drawn only when the picture changed: most frames after input or while idle lay out the same picture
    // again, and a drawn frame costs far more than a laid-out one (the GPU's work, and where the browser has
    // no GPU, a read-back of the whole canvas: hundreds of milliseconds a frame on a slow phone). Not drawn,
    // the canvas keeps showing the last picture.
    const std::uint64_t picture = picture_of(*ImGui::GetDrawData(), fb_w, fb_h, bg);
    if (picture != state.on_canvas) {
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(bg.x, bg.y, bg.z, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        state.on_canvas = picture;
        ++state.pictures;
    }

    if (ImGui::GetMouseCursor() != state.cursor) {
        state.cursor = ImGui::GetMouseCursor();
        bridge_set_cursor(css_cursor(state.cursor));
    }
    // Keep drawing while ImGui animates or the plan just changed (its figures move).
    if (io.WantTextInput || ImGui::IsAnyItemActive() || revision != state.app.plan_revision) wake();
    // A pending save keeps the loop awake until it is written (within a second of the edit).
    if (persistence_tick(state.app, now)) state.pending_frames = std::max(state.pending_frames, 1);
    app_follow_address(state.app);
    bridge_frame_drawn(++state.frames, state.pictures, state.pending_frames <= 0, emscripten_get_now() - started);
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
    app_other_tab_saved(state.app);
    wake();
}
EMSCRIPTEN_KEEPALIVE void certplan_leaving() { app_leaving(state.app, emscripten_get_now() / 1000.0); }
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
    // ImGui draws with neither a depth nor a stencil buffer: without them the browser allocates, clears and
    // (without a GPU) emulates less for every frame at the canvas's full size.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
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
