#include "target.h"

#include "status.h"

namespace certplan {

TargetFit can_be_target(const Catalog& catalog, const std::string& credential_id, int today) {
    const Credential* c = catalog.credential(credential_id);
    if (!c || c->kind != CredentialKind::exam) return TargetFit::no;
    if (!catalog.checklist(c->id) && catalog.holds(CatalogSection::checklists)) return TargetFit::no;
    return status_at(*c, today).value == Status::retired ? TargetFit::for_review : TargetFit::yes;
}

}  // namespace certplan
