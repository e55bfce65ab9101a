// An in-memory localStorage for the native UI tests, which can be made full or unavailable.
#pragma once
#include <map>
#include <string>

#include "app.h"

struct FakeStorage {
    std::map<std::string, std::string> items;
    bool full = false, unavailable = false;
    std::string full_for;  // when set: keys starting with it are refused as if storage were full (backups, say)

    void attach(Host& host) {
        host.storage_get = [this](const std::string& k, std::string& v, bool& unavail) {
            unavail = unavailable;
            if (unavailable) return false;
            auto it = items.find(k);
            if (it == items.end()) return false;
            v = it->second;
            return true;
        };
        host.storage_set = [this](const std::string& k, const std::string& v) {
            if (unavailable) return StoreResult::unavailable;
            if (full || (!full_for.empty() && k.rfind(full_for, 0) == 0)) return StoreResult::full;
            items[k] = v;
            return StoreResult::ok;
        };
    }
};
