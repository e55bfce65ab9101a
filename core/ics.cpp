#include "ics.h"

#include <cmath>
#include <cstdio>

#include "date.h"
#include "link.h"
#include "vocabulary.h"
#include "wording.h"

namespace certplan {

std::string ics_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',') out += '\\', out += c;
        else if (c == '\n') out += "\\n";
        else if (c != '\r') out += c;
    }
    return out;
}

std::string ics_fold(const std::string& line) {
    // RFC 5545 3.1: lines of at most 75 octets; continuation lines start with one space. Never split a
    // UTF-8 sequence (continuation bytes are 10xxxxxx).
    std::string out;
    size_t pos = 0, limit = 75;
    while (line.size() - pos > limit) {
        size_t cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out += line.substr(pos, cut - pos) + "\r\n ";
        pos = cut;
        limit = 74;  // the leading space counts
    }
    return out + line.substr(pos) + "\r\n";
}

namespace {

void event(std::string& out, const std::string& uid, int stamp_day, int start, int end, const std::string& summary,
           const std::string& description) {
    out += "BEGIN:VEVENT\r\n";
    out += ics_fold("UID:" + uid + "@certplan.local");
    out += "DTSTAMP:" + format_date_compact(stamp_day) + "T000000Z\r\n";
    out += "DTSTART;VALUE=DATE:" + format_date_compact(start) + "\r\n";
    out += "DTEND;VALUE=DATE:" + format_date_compact(end) + "\r\n";
    out += ics_fold("SUMMARY:" + ics_escape(summary));
    if (!description.empty()) out += ics_fold("DESCRIPTION:" + ics_escape(description));
    out += "TRANSP:TRANSPARENT\r\n";
    out += "END:VEVENT\r\n";
}

std::string phase_name(Phase phase) { return long_label(phase); }
}  // namespace

std::string study_plan_ics(const StudyPlan& plan, const std::string& credential_name, int stamp_day, const std::string& date_statement) {
    std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//certplan//study plan//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    out += ics_fold("X-WR-CALNAME:" + ics_escape("certplan: " + credential_name));
    std::optional<Phase> last_phase;
    for (const StudyWeek& w : plan.weeks) {
        if (w.phase == Phase::off || w.phase == Phase::free) continue;  // no study that week: nothing goes in the calendar
        std::string desc;
        for (const StudyTask& t : w.tasks)
            desc += "- " + task_line(t) + (openable_url(t.url) ? ": " + t.url : "") + "\n";
        std::string summary = "Study week " + std::to_string(w.index) + ": " + phase_name(w.phase) +
                              (w.hours > 0 ? " (" + hours(w.hours) + ")" : "");
        event(out, "certplan-week-" + std::to_string(w.index) + "-" + format_date_compact(w.start_day), stamp_day,
              w.start_day, w.start_day + 7, summary, desc);
        if (w.phase != last_phase && w.phase != Phase::exam) {
            event(out, "certplan-milestone-" + std::string(key(w.phase)) + "-" + format_date_compact(w.start_day), stamp_day, w.start_day,
                  w.start_day + 1, "Milestone: start " + phase_name(w.phase), "");
            last_phase = w.phase;
        }
    }
    // A weekly check-in reminder: each Sunday of the plan, up to the exam (one repeating event).
    if (plan.ok && !plan.weeks.empty() && plan.start_day + 6 < plan.exam_day) {
        const int first_sunday = plan.start_day + 6;
        out += "BEGIN:VEVENT\r\n";
        out += ics_fold("UID:certplan-check-in-" + format_date_compact(first_sunday) + "@certplan.local");
        out += "DTSTAMP:" + format_date_compact(stamp_day) + "T000000Z\r\n";
        out += "DTSTART;VALUE=DATE:" + format_date_compact(first_sunday) + "\r\n";
        out += "DTEND;VALUE=DATE:" + format_date_compact(first_sunday + 1) + "\r\n";
        out += "RRULE:FREQ=WEEKLY;UNTIL=" + format_date_compact(plan.exam_day) + "\r\n";
        out += ics_fold("SUMMARY:" + ics_escape("Check in: " + credential_name + " study this week"));
        out += ics_fold("DESCRIPTION:" + ics_escape("Open certplan's Plan tab: tick the tasks you finished and the hours you "
                                                    "studied. certplan tells you whether you are on pace for the exam."));
        out += "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n";
    }
    if (plan.ok)
        event(out, "certplan-exam-" + format_date_compact(plan.exam_day), stamp_day, plan.exam_day, plan.exam_day + 1,
              "Exam day: " + credential_name,
              (date_statement.empty() ? "" : date_statement + "\n") + "Planned with certplan.");
    out += "END:VCALENDAR\r\n";
    return out;
}

std::string build_plan_ics(const BuildPlan& plan, int stamp_day) {
    std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//certplan//study plan//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    out += ics_fold("X-WR-CALNAME:" + ics_escape("certplan: what to build instead"));
    for (const BuildRow& r : plan.rows) {
        if (!r.step) continue;
        event(out, "certplan-build-" + r.step->id + "-" + format_date_compact(r.first_day), stamp_day, r.first_day,
              r.first_day + 7 * (r.last_week - r.first_week + 1), "Build: " + r.step->text + " (" + hours(r.hours) + ")",
              "Why: " + r.step->why + "\n" + plan.line);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

}  // namespace certplan
