// certplan_check_data [--binary OUT] [--today YYYY-MM-DD] FILE...: loads the catalog from data files on
// disk and prints every problem as "file: field: message". Exits 1 on any problem, so the build fails on
// bad data. Statuses are checked against their dates as of today (the build's day, or --today for tests).
// With --binary, a catalog that passed is also written to OUT in the web build's format (core/catalog_binary.h).
// A questions.json among the files is the late data of "Check me": checked against the catalog
// (core/question_load.h) and, with --questions-binary OUT, written as the bytes the page fetches later.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <optional>
#include <sstream>

#include "catalog_binary.h"
#include "catalog_load.h"
#include "question_load.h"
#include "date.h"
#include "glyphs.h"
#include "status_dates.h"

int main(int argc, char** argv) {
    std::vector<certplan::DataFile> files;
    std::string binary_out, questions_out;
    std::optional<certplan::DataFile> questions;
    int today = int(std::time(nullptr) / 86400);  // UTC day: a status date a few hours off makes no difference
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
        if (std::string(argv[i]) == "--questions-binary" && i + 1 < argc) {
            questions_out = argv[++i];
            continue;
        }
        if (std::string(argv[i]) == "--binary" && i + 1 < argc) {
            binary_out = argv[++i];
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
        const std::string base = name.substr(name.rfind('/') == std::string::npos ? 0 : name.rfind('/') + 1);
        if (base == "questions.json") questions = certplan::DataFile{name, ss.str()};
        else files.push_back({name, ss.str()});
    }
    auto load = certplan::load_catalog(files);
    // The page can only draw what its font carries: any other character fails the build here.
    for (const auto& f : files)
        for (auto& p : certplan::undrawable_text(f.text, f.name)) load.problems.push_back(p);
    if (load.ok())
        for (auto& p : certplan::status_date_contradictions(load.catalog, today)) load.problems.push_back(p);
    certplan::QuestionLoad late;
    if (questions) {
        for (auto& p : certplan::undrawable_text(questions->text, questions->name)) load.problems.push_back(p);
        if (load.ok()) late = certplan::load_questions(*questions, load.catalog);
        for (auto& p : late.problems) load.problems.push_back(p);
    }
    for (const auto& p : load.problems) std::fprintf(stderr, "error: %s\n", p.text().c_str());
    if (!load.ok()) {
        std::fprintf(stderr, "certplan_check_data: %zu problem(s) in the catalog\n", load.problems.size());
        return 1;
    }
    if (!binary_out.empty()) {
        std::ofstream out(binary_out, std::ios::binary);
        out << certplan::write_catalog_binary(load.catalog);
        out.close();
        if (!out) {
            std::fprintf(stderr, "certplan_check_data: cannot write %s\n", binary_out.c_str());
            return 1;
        }
    }
    if (!questions_out.empty()) {
        std::ofstream out(questions_out, std::ios::binary);
        out << certplan::write_questions_binary(late.bank);
        out.close();
        if (!out) {
            std::fprintf(stderr, "certplan_check_data: cannot write %s\n", questions_out.c_str());
            return 1;
        }
    }
    if (questions) std::printf("certplan_check_data: %zu questions: ok\n", late.bank.questions.size());
    std::printf("certplan_check_data: %zu credentials, %zu checklists, %zu courses, %zu sources: ok\n",
                load.catalog.credentials.size(), load.catalog.checklists.size(), load.catalog.courses.size(),
                load.catalog.sources.size());
    return 0;
}
