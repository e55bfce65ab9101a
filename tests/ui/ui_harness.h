// Runs the app's views natively with Dear ImGui and no backend (as imgui's example_null does), feeding
// input events and reading the item registry: the views are tested the way a person uses them.
#pragma once
#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

#include "app.h"
#include "date.h"
#include "fonts.h"
#include "imgui.h"
#include "mirror.h"
#include "theme.h"
#include "views.h"

struct UiHarness {
    App app;
    Views views;
    std::vector<std::string> copied;
    std::vector<std::string> downloads;
    std::vector<std::string> opened;  // links opened (host.open_url)

    ImGuiContext* context = nullptr;  // each harness has its own (a test may hold two at once)

    explicit UiHarness(float width = 1280, float height = 800) {
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);  // CreateContext keeps the previous context current
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        fonts_update(1.0f);
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        apply_theme(ThemeKind::light);
        Host host;
        host.copy_text = [this](const std::string& s) { copied.push_back(s); };
        host.download = [this](const std::string& name, const std::string&, const std::string&) { downloads.push_back(name); };
        host.open_url = [this](const std::string& url) { opened.push_back(url); };
        app_init(app, host);
        app.today = *certplan::parse_date("2026-11-23");
        frames(3);
    }
    ~UiHarness() { ImGui::DestroyContext(context); }

    void frame() {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        item_registry_begin_frame();
        app_draw(app, views);
        ImGui::Render();
        item_registry_end_frame();
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }

    const UiItem* find(const std::string& label, const std::string& role = "") {
        for (const UiItem& it : item_registry_items())
            if (it.label == label && (role.empty() || role_name(it.role) == role)) return &it;
        return nullptr;
    }
    const UiItem* find_prefix(const std::string& prefix, const std::string& role = "") {
        for (const UiItem& it : item_registry_items())
            if (it.label.rfind(prefix, 0) == 0 && (role.empty() || role_name(it.role) == role)) return &it;
        return nullptr;
    }
    bool has_text(const std::string& words) {
        for (const UiItem& it : item_registry_items())
            if (it.label.find(words) != std::string::npos) return true;
        return false;
    }

    // Clicks the middle of the item: move, press, release over separate frames as a mouse would.
    void click(const UiItem* it) {
        REQUIRE(it != nullptr);
        ImGui::SetCurrentContext(context);
        ImVec2 at(it->x + std::min(it->w / 2, 40.0f), it->y + it->h / 2);
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(at.x, at.y);
        frame();
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frames(3);
    }
    void click(const std::string& label, const std::string& role = "") {
        const UiItem* it = find(label, role);
        if (!it) {
            std::string all;
            for (const UiItem& i : item_registry_items()) all += std::string(role_name(i.role)) + ":" + i.label + " | ";
            FAIL("no item " << label << " among " << all);
        }
        click(it);
    }
    bool notice_has(const std::string& words) const {
        for (const auto& n : app.notices)
            if (n.text.find(words) != std::string::npos) return true;
        return false;
    }
    void key(ImGuiKey k) {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(k, true);
        frame();
        io.AddKeyEvent(k, false);
        frames(2);
    }
};
