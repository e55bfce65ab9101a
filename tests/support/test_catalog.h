// A small fixed catalog for tests that must not depend on data/: share links written against it must
// decode the same forever (tests/fixtures/share-v1.txt), and the fuzz target uses it too.
#pragma once
#include <string>

#include "catalog.h"

namespace certplan {

// Three credentials with checklists of `google_items` (Google) and `other_items` items.
inline Catalog share_test_catalog(int google_items = 36, int other_items = 20) {
    Catalog c;
    for (const char* id : {"google-pmle", "aws-mla-c01", "databricks-ml-pro"}) {
        Credential k;
        k.id = id;
        c.credentials.push_back(k);
        Checklist cl;
        cl.credential = id;
        const int n = std::string(id) == "google-pmle" ? google_items : other_items;
        for (int i = 0; i < n; ++i) {
            ChecklistItem item;
            item.id = std::string(id) + "-" + std::to_string(i);
            item.domain = "d1";
            cl.items.push_back(item);
        }
        c.checklists.push_back(cl);
    }
    return c;
}

}  // namespace certplan
