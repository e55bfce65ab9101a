// A model test of two tabs: random edits in two sessions, saved to one storage (as JSON text, through the codec)
// and merged in random order. After every save and every sync, each field holds what its declared merge policy
// says, checked against a model that knows nothing of plan_merge.cpp: the plan cut into atoms (a last-writer
// field or group is one atom; each key of a per-key map, each element of a union set, is one), each atom taken
// from the tab that changed it since it last read storage, else from storage.
#include <catch_amalgamated.hpp>

#include <sstream>

#include "storage.h"
#include "plan_edits.h"
#include "plan_merge.h"

using namespace certplan;

namespace {

using Atoms = std::map<std::string, std::string>;  // atom -> its value, as text

std::string text(const std::string& v) { return "\"" + v + "\""; }
std::string text(bool v) { return v ? "true" : "false"; }
std::string text(const std::optional<double>& v) { return v ? std::to_string(*v) : "none"; }
std::string text(Rating r) { return rating_key(r); }
std::string text(uint8_t v) { return std::to_string(v); }
std::string text(const WeekLog& w) { return std::to_string(w.hours) + "/" + std::to_string(w.done); }
std::string text(const std::vector<int>& v) {
    std::string out;
    for (int x : v) out += std::to_string(x) + ",";
    return out;
}
std::string text(const std::vector<Replan>& v) {
    std::string out;
    for (const Replan& r : v) out += std::to_string(r.from) + "@" + std::to_string(r.hours_per_week) + ",";
    return out;
}
template <class K, class V> std::string text(const std::map<K, V>&) { return "a map"; }

template <class T> std::string key_text(const T& k) {
    std::ostringstream s;
    s << k;
    return s.str();
}

template <class T> void per_key_atoms(const std::string& at, const T& v, Atoms& out) { out[at] = text(v); }
template <class K, class V> void per_key_atoms(const std::string& at, const std::map<K, V>& m, Atoms& out) {
    for (const auto& [k, v] : m) per_key_atoms(at + "/" + key_text(k), v, out);
}
template <class T> void union_atoms(const std::string& at, const T& v, Atoms& out) { out[at] = text(v); }
void union_atoms(const std::string& at, const std::vector<int>& set, Atoms& out) {
    for (int x : set) out[at + "/" + std::to_string(x)] = "in";
}

Atoms atoms(const PlanDocument& p) {
    Atoms out;
    visit_plan_fields([&](const PlanField& f, auto get) {
        switch (f.merge) {
            case Merge::last_writer:
                if (f.group) out["group " + std::to_string(f.group)] += std::string(f.key) + "=" + text(get(p)) + ";";
                else out[f.key] = text(get(p));
                break;
            case Merge::per_key: per_key_atoms(f.key, get(p), out); break;
            case Merge::union_: union_atoms(f.key, get(p), out); break;
        }
    });
    return out;
}

// The model's merge: atom by atom, this tab's when it changed it since `base`, else storage's (absent: none).
Atoms model_merge(const Atoms& base, const Atoms& ours, const Atoms& theirs) {
    std::set<std::string> keys;
    for (const Atoms* a : {&base, &ours, &theirs})
        for (const auto& entry : *a) keys.insert(entry.first);
    Atoms out;
    const auto at = [](const Atoms& a, const std::string& k) {
        auto it = a.find(k);
        return it == a.end() ? std::string("absent") : it->second;
    };
    for (const std::string& k : keys) {
        const std::string v = at(ours, k) != at(base, k) ? at(ours, k) : at(theirs, k);
        if (v != "absent") out[k] = v;
    }
    return out;
}

struct Tab {
    PlanDocument plan;    // what the tab shows
    PlanDocument synced;  // what storage held when the tab last read or wrote it
};

}  // namespace

TEST_CASE("two tabs edit, save and sync in any order: every field keeps to its merge policy") {
    const Catalog catalog = share_test_catalog(12, 8);
    const int seed = GENERATE(range(0, 2000));
    std::mt19937 rng{uint32_t(seed)};
    PlanEdits edits{rng, catalog};
    std::string storage = plan_to_json(PlanDocument{});
    Tab tabs[2];
    const int fields = plan_field_count();
    for (int step = 0; step < 24; ++step) {
        Tab& tab = tabs[edits.below(2)];
        const int action = edits.below(4);
        if (action < 2) {  // an edit (or two)
            for (int e = 0; e <= action; ++e) edits.edit_field(tab.plan, edits.below(fields));
            continue;
        }
        // A save (merge, then write) or a sync (merge only), as persistence.cpp does them.
        const PlanRead stored = plan_from_json(storage, "storage");
        REQUIRE(stored.lossless());
        const PlanDocument merged = merge_plans(tab.synced, tab.plan, stored.plan);
        INFO("seed " << seed << ", step " << step);
        REQUIRE(atoms(merged) == model_merge(atoms(tab.synced), atoms(tab.plan), atoms(stored.plan)));
        tab.plan = merged;
        if (action == 2) {
            storage = plan_to_json(merged);
            tab.synced = merged;
        } else {
            tab.synced = stored.plan;
        }
    }
    // Both tabs save once more: they then agree, and storage holds it.
    for (Tab* tab : {&tabs[0], &tabs[1], &tabs[0]}) {
        const PlanDocument merged = merge_plans(tab->synced, tab->plan, plan_from_json(storage, "storage").plan);
        storage = plan_to_json(merged);
        tab->plan = tab->synced = merged;
    }
    CHECK(tabs[0].plan == tabs[1].plan);
    CHECK(plan_from_json(storage, "storage").plan == tabs[0].plan);
}
