#include "date_statement.h"

#include "date.h"
#include "fill.h"

namespace certplan {

DateStatement date_statement(const StudyPlan& plan, const Pace& pace) {
    DateStatement s;
    if (!plan.ok) return s;
    if (pace.logged) {
        s.text = pace.message;
        s.tone = pace.on_time || pace.hours_remaining <= 0 ? Tone::good : Tone::warn;
        return s;
    }
    if (pace.exam_passed) {  // nothing logged and the plan is over: say so, and what to do
        s.text = fill("{} passed on {} with nothing checked in: set a new target date to plan again.",
                      {!plan.target_day ? "The planned exam day" : plan.voice == Voice::own ? "Your target date" : "Its owner's target date", format_date_long(plan.exam_day)});
        s.tone = Tone::warn;
        return s;
    }
    s.text = plan.fit_message;
    s.tone = plan.fit == DateFit::feasible ? Tone::good : plan.fit == DateFit::tight ? Tone::warn : Tone::bad;
    return s;
}

}  // namespace certplan
