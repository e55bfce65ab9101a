#include <catch_amalgamated.hpp>

#include "ics.h"

using namespace certplan;

namespace {
// From Mon 2026-11-23: two study weeks of 10 h (one task each), then the exam week; the exam on Fri 2026-12-11.
StudyPlan three_week_plan() {
    StudyPlan p;
    p.ok = true;
    p.start_day = 20780;
    for (int i = 0; i < 3; ++i) {
        StudyWeek w;
        w.index = i + 1;
        w.start_day = p.start_day + 7 * i;
        w.phase = i < 2 ? Phase::core : Phase::exam;
        w.hours = i < 2 ? 10 : 0;
        w.tasks.push_back({w.phase, "Task, with; punctuation", "", "", w.hours});
        p.weeks.push_back(w);
    }
    p.exam_day = p.start_day + 18;
    return p;
}
}  // namespace

TEST_CASE("iCalendar text is escaped and folded as RFC 5545 says") {
    CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    SECTION("short lines are left alone") { CHECK(ics_fold("SUMMARY:hi") == "SUMMARY:hi\r\n"); }
    SECTION("long lines fold at 75 octets, continuation lines start with a space") {
        std::string line(200, 'x');
        std::string folded = ics_fold(line);
        size_t start = 0, total = 0;
        while (start < folded.size()) {
            size_t end = folded.find("\r\n", start);
            REQUIRE(end != std::string::npos);
            CHECK(end - start <= 75);
            total += end - start - (start > 0 ? 1 : 0);
            start = end + 2;
        }
        CHECK(total == 200);
    }
    SECTION("a fold never splits a UTF-8 character") {
        std::string line(73, 'x');
        line += "\xE2\x80\x93\xE2\x80\x93";  // two en dashes across the 75-octet boundary
        std::string folded = ics_fold(line);
        CHECK(folded.substr(0, 73 + 2) == std::string(73, 'x') + "\r\n");
    }
}

TEST_CASE("a study plan becomes a calendar with one event per week and the exam day") {
    const StudyPlan p = three_week_plan();
    std::string ics = study_plan_ics(p, "Google PMLE", 20780);
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    CHECK(ics.size() >= 15);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    size_t events = 0;
    for (size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
    CHECK(events == 3 + 1 + 1 + 1);  // weeks, one milestone (core), the weekly check-in reminder, the exam day
    CHECK(ics.find("DTSTART;VALUE=DATE:20261123\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261211\r\n") != std::string::npos);  // exam: Friday of week 3
    CHECK(ics.find("Task\\, with\\; punctuation") != std::string::npos);
    CHECK(ics.find("\n") == ics.find("\r\n") + 1);  // every line ends CRLF
}

TEST_CASE("a week's description gives each task's resource link, and only an https: one") {
    StudyPlan p;
    p.ok = true;
    StudyWeek w;
    w.index = 1, w.start_day = 20780, w.phase = Phase::platform, w.hours = 8;
    w.tasks.push_back({Phase::platform, "Guide: Data", "", "d1", 5, "guide", "https://example.com/g"});
    w.tasks.push_back({Phase::platform, "Guide: Serving", "", "d2", 3, "other", "javascript:alert(1)"});
    p.weeks.push_back(w);
    p.exam_day = 20780 + 11;
    // Unfolded (RFC 5545 continuation lines start with one space), the description reads as written.
    std::string ics = study_plan_ics(p, "Vendor Exam", 20780), flat;
    for (size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) { i += 2; continue; }
        flat += ics[i];
    }
    CHECK(flat.find("DESCRIPTION:- Guide: Data (5 h): https://example.com/g\\n- Guide: Serving (3 h)\\n") != std::string::npos);
    CHECK(flat.find("javascript") == std::string::npos);
}

TEST_CASE("a week marked unavailable puts nothing in the calendar") {
    StudyPlan p;
    p.ok = true;
    for (int i = 0; i < 3; ++i) {
        StudyWeek w;
        w.index = i + 1;
        w.start_day = 20780 + 7 * i;  // Mon 23 Nov, 30 Nov, 7 Dec 2026
        w.phase = i == 0 ? Phase::core : i == 1 ? Phase::off : Phase::exam;
        w.hours = i == 0 ? 10 : 0;
        if (i != 1) w.tasks.push_back({w.phase, "Task", "", "", w.hours});
        p.weeks.push_back(w);
    }
    p.exam_day = 20780 + 18;  // Fri 11 Dec 2026
    std::string ics = study_plan_ics(p, "Google PMLE", 20780);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261130") == std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261214\r\nSUMMARY:Study week 3: Exam week") != std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261211\r\nDTEND;VALUE=DATE:20261212\r\nSUMMARY:Exam day") != std::string::npos);
}

TEST_CASE("the calendar reminds the user to check in each Sunday until the exam") {
    const StudyPlan p = three_week_plan();
    const std::string ics = study_plan_ics(p, "Google PMLE", 20780);
    const size_t at = ics.find("UID:certplan-check-in-20261129@certplan.local");
    REQUIRE(at != std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261129\r\n", at) != std::string::npos);  // the first Sunday
    CHECK(ics.find("RRULE:FREQ=WEEKLY;UNTIL=20261211\r\n", at) != std::string::npos);
    CHECK(ics.find("SUMMARY:Check in: Google PMLE study this week", at) != std::string::npos);
}
