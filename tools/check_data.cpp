// certplan_check_data [--binary OUT [--late LATE]] [--freshness [--today YYYY-MM-DD]] FILE...: loads the catalog from
// data files on disk and prints every problem as "file: field: message". Exits 1 on any problem, so the build fails
// on bad data. Which credentials' questions the question-form rules hold (core/question_form.h) is read at the
// build's day (or --today); nothing else it checks depends on the day it runs. With --freshness it also prints the
// freshness report (core/freshness_report.h) as of today (or --today): a report, which never fails the run.
// With --binary, a catalog that passed is also written to OUT in the web build's format (core/catalog_binary.h):
// the whole catalog, or with --late its first part to OUT and its late part to LATE.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

#include "catalog_binary.h"
#include "catalog_load.h"
#include "date.h"
#include "glyphs.h"
#include "freshness_report.h"
#include "question_form.h"

int main(int argc, char** argv) {
    std::vector<certplan::DataFile> files;
    std::string binary_out, late_out;
    bool freshness = false;
    int today = int(std::time(nullptr) / 86400);  // UTC day: for the freshness report, a few hours make no difference
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--today" && i + 1 < argc) {
            auto day = certplan::parse_date(argv[++i]);
            if (!day) {
                std::fprintf(stderr, "certplan_check_data: --today needs a YYYY-MM-DD date\n");
                return 1;
            }
            today = *day;
            continue;
        }
        if (std::string(argv[i]) == "--freshness") {
            freshness = true;
            continue;
        }
        if (std::string(argv[i]) == "--binary" && i + 1 < argc) {
            binary_out = argv[++i];
            continue;
        }
        if (std::string(argv[i]) == "--late" && i + 1 < argc) {
            late_out = argv[++i];
            continue;
        }
        std::ifstream in(argv[i], std::ios::binary);
        std::string path = argv[i];
        auto slash = path.rfind("/data/");
        std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
        if (!in) {
            std::fprintf(stderr, "%s: cannot be read\n", name.c_str());
            return 1;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        files.push_back({name, ss.str()});
    }
    auto load = certplan::load_catalog(files);
    // The page can only draw what its font carries: any other character fails the build here.
    for (const auto& f : files)
        for (auto& p : certplan::undrawable_text(f.text, f.name)) load.problems.push_back(p);
    if (load.ok())
        for (auto& p : certplan::question_form_problems(load.catalog, today)) load.problems.push_back(p);
    for (const auto& p : load.problems) std::fprintf(stderr, "error: %s\n", p.text().c_str());
    if (!load.ok()) {
        std::fprintf(stderr, "certplan_check_data: %zu problem(s) in the catalog\n", load.problems.size());
        return 1;
    }
    if (freshness) std::fputs(certplan::freshness_report(load.catalog, today).c_str(), stdout);
    using certplan::CatalogPart;
    const auto write = [](const std::string& path, const std::string& bytes) {
        std::ofstream out(path, std::ios::binary);
        out << bytes;
        out.close();
        if (!out) std::fprintf(stderr, "certplan_check_data: cannot write %s\n", path.c_str());
        return bool(out);
    };
    if (!binary_out.empty() && late_out.empty() && !write(binary_out, certplan::write_catalog_binary(load.catalog))) return 1;
    if (!binary_out.empty() && !late_out.empty() &&
        !(write(binary_out, certplan::write_catalog_part(load.catalog, CatalogPart::first)) &&
          write(late_out, certplan::write_catalog_part(load.catalog, CatalogPart::late))))
        return 1;
    std::printf("certplan_check_data: %zu credentials, %zu checklists, %zu courses, %zu sources: ok\n",
                load.catalog.credentials.size(), load.catalog.checklists.size(), load.catalog.courses.size(),
                load.catalog.sources.size());
    return 0;
}
