// How facts read on screen: numbers with units, unknowns and unverified values said plainly.
#pragma once
#include <string>

#include "catalog.h"

std::string fmt_fee(const certplan::Fact<double>& f);
std::string fmt_minutes(const certplan::Fact<double>& f);
std::string fmt_months(const certplan::Fact<double>& f);
std::string fmt_text(const certplan::Fact<std::string>& f);
std::string fmt_list(const certplan::Fact<std::vector<std::string>>& f);
std::string platform_label(const std::string& platform);
std::string employer_label(const std::string& employer);
// "Google Cloud, 2026-10" / "Source article, before 2025-10", with "(unverified)" for unverified facts and
// third-party sources (core/trust.h decides and words it); provenance_detail gives the source's full title and address.
std::string provenance(const certplan::Catalog& cat, const std::string& source, const std::string& as_of, bool verified);
std::string provenance_detail(const certplan::Catalog& cat, const std::string& source);
