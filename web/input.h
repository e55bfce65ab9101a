// Browser input to Dear ImGui, in CSS pixels: mouse, wheel, touch (tap, and drag to scroll) and keys.
// NOTE: emscripten 3.1.6's GLFW reports mouse positions in backing-store pixels, fires touch taps twice
// and has no HiDPI support, so certplan takes its input from the html5 events directly.
#pragma once

// Installs the listeners; `on_input` is called after every event (the main loop then draws).
void input_install(const char* canvas_selector, void (*on_input)());
// Call once per drawn frame, before ImGui::NewFrame(): delivers button presses held back a frame (below).
// Returns true while some are still waiting (the main loop keeps drawing).
bool input_before_frame();
// Whether button presses are still held back for later frames (input_before_frame() delivers one a frame).
bool input_presses_waiting();
// A click at (x, y) in CSS pixels, as the accessibility mirror asks for when one of its elements is
// operated: the same move, press and release a mouse would make, so the widget does exactly what it does.
void input_click_at(float x, float y);
