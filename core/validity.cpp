#include "validity.h"

namespace certplan {

bool never_expires(const Fact<double>& validity_months) {
    return !validity_months.value && validity_months.note.rfind("No expiry", 0) == 0;
}

}  // namespace certplan
