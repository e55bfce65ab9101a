#include "summary.h"

#include <cmath>
#include <cstdio>

#include "date.h"
#include "wording.h"

namespace certplan {


std::string plan_summary_markdown(const SummaryInput& in) {
    std::string md = "# certplan: my ML engineering certification plan\n\n";
    if (in.advice) {
        md += "## Should I certify?\n\n**" + std::string(verdict_title(in.advice->verdict)) + "**\n\n";
        for (const Reason& r : in.advice->reasons) md += "- " + r.text + (r.source == "article" ? " *(source article)*" : "") + "\n";
        if (const Credential* first = in.catalog ? in.catalog->credential(in.advice->first_credential) : nullptr)
            md += "\nFirst credential: **" + first->name + "**\n";
        md += "\n";
    }
    if (in.credential && in.readiness && in.readiness->items > 0) {
        md += "## Readiness for " + in.credential->name + "\n\nOverall: **" + percent(in.readiness->overall) + "** (" +
              std::to_string(in.readiness->rated) + " of " + std::to_string(in.readiness->items) + " items rated)" +
              (in.readiness->ready_to_book ? ", ready to book.\n\n" : ".\n\n");
        md += "| Domain | Weight | Readiness |\n|---|---|---|\n";
        for (const auto& d : in.readiness->domains) md += "| " + d.name + " | " + percent(d.weight) + " | " + percent(d.readiness) + " |\n";
        md += "\n";
    }
    if (in.estimate && in.estimate->ok) {
        const Estimate& e = *in.estimate;
        md += "## Estimate\n\n" + std::to_string(e.weeks_low) + "-" + weeks(e.weeks_high) + " at " +
              hours(e.hours_per_week) + "/week (" + hours(e.hours_low) + "-" + hours(e.hours_high) + " in all).\n\n";
        for (const auto& a : e.assumptions) md += "- " + a + "\n";
        if (!e.target_message.empty()) md += "\n" + e.target_message + "\n";
        md += "\n";
    }
    if (in.plan && in.plan->ok) {
        md += "## Week by week\n\n| Week | Starts | Focus | Hours |\n|---|---|---|---|\n";
        for (const StudyWeek& w : in.plan->weeks) {
            std::string focus;
            for (const StudyTask& t : w.tasks) focus += (focus.empty() ? "" : "; ") + t.title;
            md += "| " + std::to_string(w.index) + " | " + format_date(w.start_day) + " | " + focus + " | " +
                  (w.hours > 0 ? hours(w.hours) : "-") + " |\n";
        }
        md += "\nExam day: " + format_date(in.plan->exam_day) + "\n";
        const std::string target = target_sentence(*in.plan);
        if (!target.empty()) md += "\n" + target + "\n";
    }
    return md;
}

}  // namespace certplan
