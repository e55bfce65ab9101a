// The plan's one statement about the date: the page, the Markdown and HTML summaries and the calendar all say
// this, from here, and never a second one beside it (README: "one statement about the date, never two that
// disagree"). Once a week is checked in it is the pace's sentence (core/pace.h); before, the target date's
// (StudyPlan::fit_message, which also says how the week plan fits the date); with neither, there is none.
#pragma once
#include <string>

#include "pace.h"
#include "weeks.h"

namespace certplan {

enum class Tone { good, warn, bad };  // how the page colours it

struct DateStatement {
    std::string text;  // empty: no statement (no target date and nothing logged)
    Tone tone = Tone::good;
};

DateStatement date_statement(const StudyPlan& plan, const Pace& pace);

}  // namespace certplan
