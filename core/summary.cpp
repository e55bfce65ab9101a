#include "summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "date.h"
#include "date_statement.h"
#include "wording.h"
#include "fill.h"
#include "link.h"
#include "plan_text.h"
#include "study_path.h"

namespace certplan {


// The courses the week plan schedules, in the order it first reaches them, each with its link when it
// has an https: one from data/ (core/link.h).
static std::string courses_markdown(const SummaryInput& in) {
    if (!in.catalog || !in.plan) return "";
    std::vector<std::string> seen;
    std::string md;
    for (const StudyWeek& w : in.plan->weeks)
        for (const StudyTask& t : w.tasks) {
            const Course* c = t.course_id.empty() ? nullptr : in.catalog->course(t.course_id);
            if (!c || std::find(seen.begin(), seen.end(), c->id) != seen.end()) continue;
            seen.push_back(c->id);
            md += fill("- {} ({}{}){}\n", {c->title, c->provider, c->platform.empty() || c->platform == c->provider ? "" : ", " + c->platform,
                                          openable_url(c->url) ? ": " + c->url : ""});
        }
    return md.empty() ? "" : "\n## The article's courses\n\n" + md;
}

// The other resources the week plan names (exam guides, learning paths, practice), in the order it first
// reaches them, each with its link, or said to have none.
static std::string resources_markdown(const SummaryInput& in) {
    if (!in.catalog || !in.plan || !in.credential) return "";
    const std::vector<StudyResource> resources = study_resources(*in.catalog, *in.credential);
    std::vector<std::string> seen;
    std::string md;
    for (const StudyWeek& w : in.plan->weeks)
        for (const StudyTask& t : w.tasks) {
            auto r = std::find_if(resources.begin(), resources.end(), [&](const StudyResource& x) { return x.id == t.resource_id; });
            if (r == resources.end() || r->kind == ResourceKind::course || std::find(seen.begin(), seen.end(), r->id) != seen.end()) continue;
            seen.push_back(r->id);
            md += fill("- {} ({}, {}){}\n", {r->title, r->provider, resource_hours(*r), openable_url(r->url) ? ": " + r->url : ": no verified link"});
        }
    return md.empty() ? "" : "\n## Study resources\n\n" + md;
}

std::string plan_summary_markdown(const SummaryInput& in) {
    std::string md = "# certplan: my ML engineering certification plan\n\n";
    if (in.advice) {
        md += fill("## Should I certify?\n\n**{}**\n\n", {verdict_title(in.advice->verdict)});
        for (const Reason& r : in.advice->reasons)
            md += fill("- {}{}\n", {r.text, *reason_origin(r) ? fill(" *({})*", {reason_origin(r)}) : ""});
        if (const Credential* first = in.catalog ? in.catalog->credential(in.advice->first_credential) : nullptr)
            md += fill(in.advice->verdict == Verdict::skip ? "\nIf you certify anyway, first credential: **{}**\n" : "\nFirst credential: **{}**\n",
                       {first->name});
        md += "\n";
    }
    if (!in.exam_plan && in.build && in.build->ok) {
        md += fill("## What to build instead\n\n{}\n\n{}\n\n", {in.catalog ? in.catalog->advice.instead.text + " *(source article)*" : "",
                                                                  in.build->line});
        for (const BuildRow& r : in.build->rows) md += fill("- {}\n", {build_row_line(r)});
        if (!in.build->rows.empty() && in.build->rows.front().step) md += fill("\n{}\n\n", {in.build->rows.front().step->hours.note});
    }
    if (in.credential && in.readiness && in.readiness->items > 0) {
        const Readiness& r = *in.readiness;
        md += fill("## Readiness for {}\n\nOverall: **{}** ({} of {} items rated){}\n\n| Domain | Weight | Readiness |\n|---|---|---|\n",
                   {in.credential->name, percent(r.overall), std::to_string(r.rated), std::to_string(r.items),
                    r.ready_to_book ? ", ready to book." + (check_first_note(r).empty() ? "" : " " + check_first_note(r)) : "."});
        for (const auto& d : r.domains) md += fill("| {} | {} | {} |\n", {d.name, percent(d.weight), percent(d.readiness)});
        md += "\n";
    }
    if (!in.exam_plan) return md + fill("## No exam plan\n\n{}\n", {no_exam_plan_line(false)});
    if (in.estimate && in.estimate->ok) {
        const Estimate& e = *in.estimate;
        md += fill("## Estimate\n\n{}.\n\n", {estimate_line(e)});
        for (const auto& a : e.assumptions) md += fill("- {}\n", {a});
        const bool paced = in.pace && in.pace->logged;  // then the progress below makes the one date statement
        if (in.plan && !paced) {
            // The page's statement: with nothing logged, the fit of the date, or that the exam day has passed.
            const DateStatement s = date_statement(*in.plan, in.pace ? *in.pace : Pace{});
            if (!s.text.empty()) md += fill("\n{}\n", {s.text});
        }
        md += "\n";
    }
    if (in.plan && in.plan->ok && in.pace && in.pace->logged) {
        const Pace& p = *in.pace;
        md += fill("## Progress\n\n{}\n\n{}\n\n", {date_statement(*in.plan, p).text, progress_line(p)});
    }
    if (in.plan && in.plan->ok) {
        md += "## Week by week\n\n| Week | Starts | Focus | Hours |\n|---|---|---|---|\n";
        for (const StudyWeek& w : in.plan->weeks) {
            std::string focus;
            for (const StudyTask& t : w.tasks)
                focus += (focus.empty() ? "" : "; ") + task_line(t);
            if (!no_study_line(w).empty()) focus = no_study_line(w);
            const auto log = in.progress ? in.progress->find(w.start_day) : Progress::const_iterator{};
            const std::string done = in.progress && log != in.progress->end() && w.phase != Phase::off
                                         ? fill(" ({} done)", {hours(log->second.hours)}) : "";
            md += fill("| {} | {} | {} | {}{} |\n",
                       {std::to_string(w.index), format_date_long(w.start_day), focus, w.hours > 0 ? hours(w.hours) : "-", done});
        }
        md += fill("\nExam day: {}\n", {format_date_long(in.plan->exam_day)});
        if (!in.plan->pace_message.empty()) md += fill("\n{}\n", {in.plan->pace_message});
        md += courses_markdown(in);
        md += resources_markdown(in);
    }
    return md;
}

}  // namespace certplan
