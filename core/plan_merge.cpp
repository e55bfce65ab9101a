#include "plan_merge.h"

#include <algorithm>
#include <set>
#include <type_traits>

namespace certplan {

namespace {

// ours if this tab changed it since base, else theirs.
template <class T>
const T& pick(const T& base, const T& ours, const T& theirs) {
    return ours == base ? theirs : ours;
}

template <class T> struct is_map : std::false_type {};
template <class K, class V> struct is_map<std::map<K, V>> : std::true_type {};

// Merge::per_key: key by key, a key absent standing for none. A map of maps (the answers: credential -> item ->
// rating) is merged key by key all the way down; a map left empty is left out.
template <class K, class V>
std::map<K, V> merge_per_key(const std::map<K, V>& base, const std::map<K, V>& ours, const std::map<K, V>& theirs) {
    std::set<K> keys;
    for (const auto* m : {&base, &ours, &theirs})
        for (const auto& entry : *m) keys.insert(entry.first);
    std::map<K, V> out;
    static const V none{};
    const auto at = [](const std::map<K, V>& m, const K& k) -> const V& {
        auto it = m.find(k);
        return it == m.end() ? none : it->second;
    };
    for (const K& k : keys) {
        if constexpr (is_map<V>::value) {
            V merged = merge_per_key(at(base, k), at(ours, k), at(theirs, k));
            if (!merged.empty()) out[k] = std::move(merged);
        } else {
            const auto in = [&](const std::map<K, V>& m) { return std::make_pair(m.count(k) > 0, at(m, k)); };
            const auto picked = pick(in(base), in(ours), in(theirs));
            if (picked.first) out[k] = picked.second;
        }
    }
    return out;
}

// Merge::union_: a sorted set, element by element: in when this tab has it in and changed that since base, or
// when this tab did not change it and the other tab has it in.
std::vector<int> merge_union(const std::vector<int>& base, const std::vector<int>& ours, const std::vector<int>& theirs) {
    std::set<int> all(base.begin(), base.end());
    all.insert(ours.begin(), ours.end());
    all.insert(theirs.begin(), theirs.end());
    const auto has = [](const std::vector<int>& v, int x) { return std::binary_search(v.begin(), v.end(), x); };
    std::vector<int> out;
    for (int x : all)
        if (pick(has(base, x), has(ours, x), has(theirs, x))) out.push_back(x);
    return out;
}

template <class T> T merge_keyed(const T&, const T& ours, const T&) { return ours; }  // no other container is merged by key
template <class K, class V>
std::map<K, V> merge_keyed(const std::map<K, V>& base, const std::map<K, V>& ours, const std::map<K, V>& theirs) {
    return merge_per_key(base, ours, theirs);
}
template <class T> T merge_set(const T&, const T& ours, const T&) { return ours; }
std::vector<int> merge_set(const std::vector<int>& base, const std::vector<int>& ours, const std::vector<int>& theirs) {
    return merge_union(base, ours, theirs);
}

}  // namespace

PlanDocument merge_plans(const PlanDocument& base, const PlanDocument& ours, const PlanDocument& theirs) {
    // Last-writer groups (the target and whether it was chosen) change as one: ours when any member changed here.
    std::set<int> changed_groups;
    visit_plan_fields([&](const PlanField& f, auto get) {
        if (f.merge == Merge::last_writer && f.group && !(get(ours) == get(base))) changed_groups.insert(f.group);
    });
    PlanDocument out;
    visit_plan_fields([&](const PlanField& f, auto get) {
        auto& to = get(out);
        switch (f.merge) {
            case Merge::last_writer:
                if (f.group) to = changed_groups.count(f.group) ? get(ours) : get(theirs);
                else to = pick(get(base), get(ours), get(theirs));
                break;
            case Merge::per_key: to = merge_keyed(get(base), get(ours), get(theirs)); break;
            case Merge::union_: to = merge_set(get(base), get(ours), get(theirs)); break;
        }
    });
    return out;
}

}  // namespace certplan
