// The accessibility mirror's C++ side (its JS side, the elements built from it, is shell/a11y.js).
// Which labelled widgets and text items the last frame drew, and where, each with its role: the source of
// window.certplan.items(), the accessibility mirror and the native UI tests.
// Fed by Dear ImGui's test-engine item hooks (IMGUI_ENABLE_TEST_ENGINE) plus a role annotation that the
// views' widgets add, since ImGui's flags alone cannot tell a button from a tab.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

// What an item is. The roles and what each becomes in the mirror (its element, ARIA role, the attribute its
// checked state sets, where it goes) are written once, in mirror.cpp: shell/a11y.js takes them from there at
// start (window.certplan.roles, mirror_roles_json()) and names none of its own.
enum class Role : unsigned char {
    button, checkbox, radio, tab, selectable, combo, option, treeitem, slider, input,  // operated
    link,                                                                               // opened by the browser
    text, heading, columnheader,                                                        // read
    status,                                                                             // announced (the live region)
};
// Its name in window.certplan.items() and the tests ("button", "checkbox", …).
const char* role_name(Role role);
// Every role with what it becomes in the mirror, as JSON: {"button":{"element":"button"},"checkbox":{…},…}.
std::string mirror_roles_json();

struct UiItem {
    ImGuiID id = 0;
    std::string label;          // the visible label (ImGui's "##id" suffix removed)
    Role role = Role::button;
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels (ImGui coordinates are CSS pixels in certplan)
    bool has_checked = false, checked = false;
    std::string value;          // sliders, inputs, combos: the current value as text
    bool focused = false;
    std::string context;        // what the widget belongs to, e.g. the checklist item id of a rating radio
    std::string description;    // more of the accessible name, e.g. the checklist item a rating radio rates
    ImGuiID window = 0;         // the window that holds it (to move ImGui's focus there)
    ImGuiID table = 0;          // inside an ImGui table: its id, and the cell (row 0 holds the column headers)
    int row = -1, column = -1;
};

// Starts a frame's registry (call right after ImGui::NewFrame()).
void item_registry_begin_frame();
// Publishes the frame's items (call right after ImGui::Render()): from then on they are the last frame's.
void item_registry_end_frame();
// The items of the last complete frame (during a frame: the one before it).
const std::vector<UiItem>& item_registry_items();
// Call just after a widget: sets its role (and checked / value) on the item ImGui registered.
void item_annotate(Role role, const char* value = nullptr, int checked = -1, const char* context = nullptr,
                   const char* description = nullptr);
// True while the item being held (ImGui's active item) is a slider: a finger dragging it means to move
// it, not to scroll the page (web/input.cpp).
bool item_active_is_slider();
// Moves ImGui's keyboard focus to the item with this id (from the accessibility mirror); false if it is gone.
bool item_focus(ImGuiID id);
// The accessibility mirror's arrow keys on a slider: a step up (+1) or down (-1) for the item, applied by
// the slider the next frame (item_take_step returns it once, then 0).
void item_request_step(ImGuiID id, int direction);
int item_take_step(ImGuiID id);
// The accessible name of the last item, when its visible label is hidden ("##hours") or a symbol ("+").
void item_name(const char* name);
// More of the last item's accessible name: "+" becomes "+: one hour more per week".
void item_describe(const char* description);
// Registers the last item under `label` for widgets ImGui does not report itself (combos).
void item_register(const char* label);
// Records the current table's header of `column` (call right after its ImGui::TableHeader; ui::table_headers does).
void item_table_header(int column);
// Records a text item (ImGui gives text no id): call just after ImGui::Text/TextWrapped & co.
void item_text(Role role, const std::string& text);
// The items as JSON text, for window.certplan.items().
std::string item_registry_json();

// --- In the browser (mirror_browser.cpp) ----------------------------------------------------------------
// Defines the mirror's part of window.certplan: roles, items(), activate(x, y), focusItem(id) and
// stepItem(id, direction). `click_at`: a click at (x, y) in CSS pixels (web/input.cpp); `wake`: draw the next frames.
void mirror_install(void (*click_at)(float x, float y), void (*wake)());
// Whether keyboard focus is in the mirror (its keys are then the mirror's, not ImGui's: web/input.cpp).
bool mirror_has_focus();
