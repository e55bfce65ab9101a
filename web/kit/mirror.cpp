#include "mirror.h"

#include "json_text.h"

#include "imgui_internal.h"

namespace {

// What each role becomes in the mirror (shell/a11y.js): the element; for a "div", its ARIA role; the attribute
// the item's checked state sets; and where it goes ("tablist": in the tab bar's list, "live": announced, not an
// element; none: in reading order). In the order of Role.
struct RoleSpec {
    const char* name;
    const char* element;
    const char* aria = nullptr;
    const char* state = nullptr;
    const char* place = nullptr;
};
const RoleSpec kRoles[] = {
    {"button", "button"},
    {"checkbox", "div", "checkbox", "aria-checked"},
    {"radio", "div", "radio", "aria-checked"},
    {"tab", "div", "tab", "aria-selected", "tablist"},
    {"selectable", "div", "button", "aria-pressed"},
    {"combo", "div", "combobox"},
    {"option", "div", "option", "aria-selected"},
    {"treeitem", "div", "button", "aria-expanded"},
    {"slider", "div", "slider"},
    {"input", "div", "textbox"},
    {"link", "a"},
    {"text", "p"},
    {"heading", "h2"},
    {"columnheader", "span"},
    {"status", "", nullptr, nullptr, "live"},
};
static_assert(sizeof kRoles / sizeof kRoles[0] == size_t(Role::status) + 1, "a RoleSpec for every Role, in its order");

struct {
    std::vector<UiItem> building, last;
    // Maps by id are ImGui's own (ImGuiStorage, a sorted vector) rather than std::unordered_map: a few hundred
    // items a frame, and one map type less in the download. They hold index + 1 (0: absent).
    ImVector<ImRect> boxes;  // this frame's item boxes, from ItemAdd
    ImGuiStorage box_of;     // id -> into `boxes`
    ImGuiStorage index;      // id -> into `building`
    ImGuiID step_item = 0;  // a pending slider step from the mirror
    int step = 0;
} state;

// Where in a table the item being recorded sits, if it is in one.
void place_in_table(UiItem& item) {
    ImGuiTable* t = ImGui::GetCurrentTable();
    if (!t || !t->IsInsideRow) return;
    item.table = t->ID;
    item.row = t->CurrentRow;
    item.column = t->CurrentColumn;
}

std::string visible_label(const char* label) {
    if (!label) return {};
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}

UiItem* find(ImGuiID id) {
    const int i = state.index.GetInt(id, 0);
    return i > 0 ? &state.building[size_t(i - 1)] : nullptr;
}
}  // namespace

const char* role_name(Role role) { return kRoles[size_t(role)].name; }

std::string mirror_roles_json() {
    using certplan::json_string;
    std::string out;
    for (const RoleSpec& r : kRoles) {
        std::string spec = "\"element\":" + json_string(r.element);
        if (r.aria) spec += ",\"aria\":" + json_string(r.aria);
        if (r.state) spec += ",\"state\":" + json_string(r.state);
        if (r.place) spec += ",\"place\":" + json_string(r.place);
        out += (out.empty() ? "" : ",") + json_string(r.name) + ":{" + spec + "}";
    }
    return "{" + out + "}";
}

// --- Dear ImGui's test-engine hooks (declared in imgui_internal.h) ---------------------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (id == 0) return;
    if (const int b = state.box_of.GetInt(id, 0)) {
        state.boxes[b - 1] = bb;
    } else {
        state.boxes.push_back(bb);
        state.box_of.SetInt(id, state.boxes.Size);
    }
    // Some widgets (tabs) report their label before their box: fill the box in now.
    if (UiItem* item = find(id)) item->x = bb.Min.x, item->y = bb.Min.y, item->w = bb.GetWidth(), item->h = bb.GetHeight();
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    std::string text = visible_label(label);
    if (id == 0 || text.empty()) return;
    if (ImGui::FindWindowByID(id)) return;  // a child window's own item: not something a user operates
    UiItem item;
    item.id = id;
    item.label = text;
    const int box = state.box_of.GetInt(id, 0);
    const ImRect bb = box > 0 ? state.boxes[box - 1] : ImRect();
    item.x = bb.Min.x, item.y = bb.Min.y, item.w = bb.GetWidth(), item.h = bb.GetHeight();
    if (flags & ImGuiItemStatusFlags_Checkable) {
        item.role = Role::checkbox;
        item.has_checked = true;
        item.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    } else if (flags & ImGuiItemStatusFlags_Openable) {
        item.role = Role::treeitem;
        item.has_checked = true;
        item.checked = (flags & ImGuiItemStatusFlags_Opened) != 0;
    } else if (flags & ImGuiItemStatusFlags_Inputable) {
        item.role = Role::input;
    } else {
        item.role = Role::button;
    }
    item.focused = ctx->NavId == id;
    item.window = ctx->CurrentWindow ? ctx->CurrentWindow->ID : 0;
    place_in_table(item);
    // A widget may report twice in one frame (e.g. tabs): keep the latest.
    if (UiItem* old = find(id)) {
        *old = item;
    } else {
        state.index.SetInt(id, int(state.building.size()) + 1);
        state.building.push_back(item);
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

// --- the registry -------------------------------------------------------------------------------------
void item_registry_begin_frame() {
    state.building.clear();
    state.boxes.resize(0);  // resize(0), not clear(): keep the capacity from frame to frame
    state.box_of.Data.resize(0);
    state.index.Data.resize(0);
    GImGui->TestEngineHookItems = true;
}

void item_registry_end_frame() { state.last.swap(state.building); }

const std::vector<UiItem>& item_registry_items() { return state.last; }

bool item_active_is_slider() {
    const ImGuiID active = ImGui::GetActiveID();
    if (active == 0) return false;
    for (const UiItem& it : state.last)
        if (it.id == active) return it.role == Role::slider;
    return false;
}

void item_register(const char* label) {
    ImGuiContext& g = *GImGui;
    const ImGuiID id = g.LastItemData.ID;
    if (id == 0 || find(id) || !(g.LastItemData.StatusFlags & ImGuiItemStatusFlags_Visible)) return;
    UiItem item;
    item.id = id;
    item.label = visible_label(label);
    const ImRect& bb = g.LastItemData.Rect;
    item.x = bb.Min.x, item.y = bb.Min.y, item.w = bb.GetWidth(), item.h = bb.GetHeight();
    item.focused = g.NavId == id;
    item.window = g.CurrentWindow ? g.CurrentWindow->ID : 0;
    place_in_table(item);  // a control in a table cell (the weeks table's "Off" box) belongs to that cell
    state.index.SetInt(id, int(state.building.size()) + 1);
    state.building.push_back(item);
}

void item_annotate(Role role, const char* value, int checked, const char* context, const char* description) {
    ImGuiContext& g = *GImGui;
    UiItem* item = find(g.LastItemData.ID);
    if (!item) return;  // clipped or unlabelled: nothing to annotate
    item->role = role;
    if (value) item->value = value;
    if (context) item->context = context;
    if (description) item->description = description;
    if (checked >= 0) {
        item->has_checked = true;
        item->checked = checked != 0;
    }
}

void item_name(const char* name) {
    UiItem* item = find(GImGui->LastItemData.ID);
    if (item) item->label = name;
    else item_register(name);  // a hidden label: ImGui reported no name, so the item is not there yet
}

void item_describe(const char* description) {
    if (UiItem* item = find(GImGui->LastItemData.ID)) item->description = description;
}

void item_text(Role role, const std::string& text) {
    ImGuiContext& g = *GImGui;
    if (text.empty() || !(g.LastItemData.StatusFlags & ImGuiItemStatusFlags_Visible)) return;
    UiItem item;
    item.label = text;
    item.role = role;
    ImRect bb = g.LastItemData.Rect;
    item.x = bb.Min.x, item.y = bb.Min.y, item.w = bb.GetWidth(), item.h = bb.GetHeight();
    place_in_table(item);
    state.building.push_back(item);
}

void item_table_header(int column) {
    ImGuiContext& g = *GImGui;
    ImGuiTable* t = ImGui::GetCurrentTable();
    const char* name = t ? ImGui::TableGetColumnName(column) : nullptr;
    if (!name || !*name) return;
    UiItem item;
    item.id = g.LastItemData.ID;  // a sort button: keyboard focus can be on it
    item.focused = item.id && g.NavId == item.id;
    item.label = name;
    item.role = Role::columnheader;
    item.table = t->ID;
    item.row = 0;
    item.column = column;
    const ImGuiTableColumn& col = t->Columns[column];
    item.x = col.MinX, item.y = t->RowPosY1, item.w = col.MaxX - col.MinX, item.h = t->RowPosY2 - t->RowPosY1;
    state.building.push_back(item);
}

// Written as text (core/json_text.h): no JSON builder or serializer in the download.
std::string item_registry_json() {
    using certplan::json_number;
    using certplan::json_string;
    std::string out;
    for (const UiItem& it : state.last) {
        std::string j = "{\"label\":" + json_string(it.label) + ",\"role\":" + json_string(role_name(it.role)) + ",\"x\":" + json_number(it.x) +
                        ",\"y\":" + json_number(it.y) + ",\"w\":" + json_number(it.w) + ",\"h\":" + json_number(it.h);
        if (it.id) j += ",\"id\":" + std::to_string(it.id);
        if (!it.description.empty()) j += ",\"description\":" + json_string(it.description);
        if (it.has_checked) j += it.checked ? ",\"checked\":true" : ",\"checked\":false";
        if (!it.value.empty()) j += ",\"value\":" + json_string(it.value);
        if (it.focused) j += ",\"focused\":true";
        if (!it.context.empty()) j += ",\"context\":" + json_string(it.context);
        if (it.table)
            j += ",\"cell\":[" + std::to_string(it.table) + "," + std::to_string(it.row) + "," + std::to_string(it.column) + "]";
        out += (out.empty() ? "" : ",") + j + "}";
    }
    return "[" + out + "]";
}

bool item_focus(ImGuiID id) {
    for (const UiItem& it : state.last) {
        if (it.id != id) continue;
        ImGuiWindow* window = ImGui::FindWindowByID(it.window);
        if (!window) return false;
        ImGui::FocusWindow(window);
        ImGui::SetFocusID(id, window);
        GImGui->NavDisableHighlight = false;
        return true;
    }
    return false;
}

void item_request_step(ImGuiID id, int direction) {
    state.step_item = id;
    state.step = direction > 0 ? 1 : -1;
}

int item_take_step(ImGuiID id) {
    if (id == 0 || id != state.step_item) return 0;
    int s = state.step;
    state.step_item = 0;
    state.step = 0;
    return s;
}
