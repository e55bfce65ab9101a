// An iCalendar (RFC 5545) file of the study plan: one all-day event per study week, and the milestones
// (each phase's start, the exam day). CRLF lines, folded at 75 octets, text escaped.
#pragma once
#include <string>

#include "build_instead.h"
#include "catalog.h"
#include "weeks.h"

namespace certplan {

std::string ics_escape(const std::string& text);  // backslash, comma, semicolon, newline
std::string ics_fold(const std::string& line);    // one content line -> folded lines, each ending CRLF
// `stamp_day`: the day the file is made (DTSTAMP); `credential_name` names the exam in summaries.
// `date_statement`: the plan's one statement about the date (core/date_statement.h), on the exam day's event.
std::string study_plan_ics(const StudyPlan& plan, const std::string& credential_name, int stamp_day,
                           const std::string& date_statement = std::string());

// A "skip" verdict's plan (core/build_instead.h): one all-day event per step, over the weeks it takes.
std::string build_plan_ics(const BuildPlan& plan, int stamp_day);

}  // namespace certplan
