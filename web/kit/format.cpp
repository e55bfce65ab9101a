#include "format.h"

#include <cmath>
#include <cstdio>

#include "vocabulary.h"

namespace {
template <typename T>
std::string mark(const certplan::Fact<T>& f, std::string s) {
    return f.verified ? s : s + " (unverified)";
}
std::string number(double v) {
    char buf[32];
    if (std::fabs(v - std::round(v)) < 1e-9) snprintf(buf, sizeof buf, "%.0f", v);
    else snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}
}  // namespace

std::string fmt_fee(const certplan::Fact<double>& f) {
    return f.value ? mark(f, "$" + number(*f.value)) : "unknown";
}

std::string fmt_minutes(const certplan::Fact<double>& f) {
    return f.value ? mark(f, number(*f.value) + " min") : "unknown";
}

std::string fmt_months(const certplan::Fact<double>& f) {
    // Unknown is not "no expiry": only a fact whose note says so reads as no expiry.
    if (!f.value) return f.note.rfind("No expiry", 0) == 0 ? "no expiry" : "unknown";
    double m = *f.value;
    std::string s = std::fmod(m, 12) == 0 ? number(m / 12) + (m == 12 ? " year" : " years") : number(m) + " months";
    return mark(f, s);
}

std::string fmt_text(const certplan::Fact<std::string>& f) { return f.value ? mark(f, *f.value) : "unknown"; }

std::string fmt_list(const certplan::Fact<std::vector<std::string>>& f) {
    if (!f.value) return "unknown";
    std::string s;
    for (const auto& v : *f.value) s += (s.empty() ? "" : ", ") + v;
    return mark(f, s);
}

std::string platform_label(const std::string& p) { return certplan::vocabulary::platform().label(p); }

std::string employer_label(const std::string& e) { return certplan::vocabulary::employer().label(e); }


std::string provenance(const certplan::Catalog& cat, const std::string& source, const std::string& as_of, bool verified) {
    const certplan::Source* s = cat.source(source);
    std::string who = !s ? source : s->kind == certplan::SourceKind::article ? "Source article" : s->publisher;
    return who + ", " + as_of + (verified && (!s || s->kind != certplan::SourceKind::third_party) ? "" : " (unverified)");
}

std::string provenance_detail(const certplan::Catalog& cat, const std::string& source) {
    const certplan::Source* s = cat.source(source);
    if (!s) return source;
    return s->title + (s->url.empty() ? "" : "\n" + s->url);
}
