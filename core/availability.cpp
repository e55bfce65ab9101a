#include "availability.h"

#include <algorithm>

#include "date.h"

namespace certplan {

int monday_of(int day) { return day - weekday(day); }

bool is_unavailable(const WeekSet& weeks, int monday) { return std::find(weeks.begin(), weeks.end(), monday) != weeks.end(); }

void add_unavailable_week(WeekSet& weeks, int day) {
    const int monday = monday_of(day);
    if (is_unavailable(weeks, monday)) return;
    // Appended, then moved back into place: an insertion sort step (no vector::insert in the download).
    weeks.push_back(monday);
    for (size_t i = weeks.size() - 1; i > 0 && weeks[i - 1] > weeks[i]; --i) std::swap(weeks[i - 1], weeks[i]);
}

void toggle_unavailable_week(WeekSet& weeks, int day) {
    auto it = std::find(weeks.begin(), weeks.end(), monday_of(day));
    if (it != weeks.end()) weeks.erase(it);
    else add_unavailable_week(weeks, day);
}

std::vector<int> available_weeks(int first_monday, int count, const WeekSet& unavailable) {
    std::vector<int> out;
    // Bounded: a list of unavailable weeks cannot hold a plan back by more than its own length.
    for (int m = first_monday; int(out.size()) < count && m <= first_monday + 7 * (count + int(unavailable.size())); m += 7)
        if (!is_unavailable(unavailable, m)) out.push_back(m);
    return out;
}

std::vector<int> available_weeks_before(int first_monday, int end_monday, const WeekSet& unavailable) {
    std::vector<int> out;
    for (int m = first_monday; m < end_monday; m += 7)
        if (!is_unavailable(unavailable, m)) out.push_back(m);
    return out;
}

int next_available_week(int monday, const WeekSet& unavailable) {
    while (is_unavailable(unavailable, monday)) monday += 7;  // finite: the list is
    return monday;
}

bool closed_exam_day(int day) {
    const CivilDate c = civil_date(day);
    return (c.month == 12 && (c.day == 24 || c.day == 25 || c.day == 26 || c.day == 31)) || (c.month == 1 && c.day == 1);
}

int proposed_exam_day(int monday) {
    int day = monday + 4;
    for (;;) {
        if (!closed_exam_day(day) || day == monday) return day;
        --day;
    }
}

}  // namespace certplan
