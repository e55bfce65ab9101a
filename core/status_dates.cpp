#include "status_dates.h"

#include "date.h"

namespace certplan {

Problems status_date_contradictions(const Catalog& catalog, int today) {
    Problems out;
    const std::string file = "data/credentials.json";
    for (size_t i = 0; i < catalog.credentials.size(); ++i) {
        const CredentialStatus& s = catalog.credentials[i].status;
        const std::string at = "credentials[" + std::to_string(i) + "].status";
        const std::optional<int> retired = parse_date(s.retired_on);
        const std::optional<int> beta_ends = parse_date(s.beta_ends);
        const std::optional<int> since = parse_date(s.since);
        if (s.value != Status::retired && retired && *retired <= today)
            out.push_back({file, at + ".value", std::string("is \"") + to_string(s.value) + "\", but retired_on (" +
                                                    s.retired_on + ") has passed: it is retired"});
        if (s.value == Status::retired && retired && *retired > today)
            out.push_back({file, at + ".value", "is \"retired\", but retired_on (" + s.retired_on +
                                                    ") is still to come: it is active until then"});
        if (s.value == Status::beta && beta_ends && *beta_ends < today)
            out.push_back({file, at + ".value", "is \"beta\", but the beta ended on " + s.beta_ends +
                                                    ": check whether it is now generally available"});
        if (since && *since > today)
            out.push_back({file, at + ".since", s.since + " is after today: a status cannot start in the future"});
    }
    return out;
}

}  // namespace certplan
