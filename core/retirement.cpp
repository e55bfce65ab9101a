#include "retirement.h"

#include <algorithm>
#include <set>

#include "date.h"
#include "status.h"

namespace certplan {

TargetRetirement target_retirement(const Catalog& catalog, const Credential& target, int today, std::optional<int> exam_day) {
    TargetRetirement out;
    const StatusAt now = status_at(target, today);
    out.past = now.value == Status::retired;
    const std::optional<int> last = last_day(target);
    if (!out.past && !(last && exam_day && *last < *exam_day)) return out;
    out.applies = true;
    const int day = out.past ? today : *exam_day;
    // The first successor open on that day (following successors on).
    const Credential* next = nullptr;
    for (const std::string& id : target.status.successors)
        if (const Credential* s = catalog.credential(id); s && (next = current_successor(catalog, *s, day))) break;
    const StatusEvent* ended = out.past ? now.current : nullptr;
    if (!ended)
        for (const StatusEvent& e : target.status.events)
            if (e.becomes == Status::retired) { ended = &e; break; }
    const std::string clause = ended ? ended_clause(*ended, out.past) : "it is retired";
    out.text = out.past ? "Your target, " + target.short_name + ", can no longer be booked: " + clause + "."
                        : "Your target, " + target.short_name + ", ends before your exam day (" + format_date_long(*exam_day) +
                              "): " + clause + ".";
    if (next) {
        out.successor = next->id;
        out.button = "Switch to " + next->short_name;
        const std::string status = status_cell(status_at(*next, today));
        out.text += " Its successor is " + next->short_name + " (" + status + "). Your plan stays as it is until you switch.";
    } else {
        out.text += " No successor is named: choose another target in Compare.";
    }
    return out;
}

CarryOver carry_over(const Catalog& catalog, const std::string& from, const std::string& to, const PlanDocument& plan) {
    CarryOver out;
    const Answers& old_answers = plan.answers_for(from);
    out.answers = plan.answers_for(to);
    std::set<std::string> taken;  // old items some successor item names
    if (const Checklist* cl = catalog.checklist(to))
        for (const ChecklistItem& item : cl->items) {
            std::optional<Rating> lowest;
            for (const std::string& old_id : item.carried_from) {
                taken.insert(old_id);
                auto it = old_answers.find(old_id);
                if (it != old_answers.end() && it->second != Rating::unrated && (!lowest || it->second < *lowest)) lowest = it->second;
            }
            if (!lowest || out.answers.count(item.id)) continue;
            out.answers[item.id] = *lowest;
            ++out.carried;
        }
    for (const auto& [id, rating] : old_answers)
        if (rating != Rating::unrated && !taken.count(id)) ++out.not_carried;
    const Credential* a = catalog.credential(from);
    const Credential* b = catalog.credential(to);
    const std::string old_name = a ? a->short_name : from, new_name = b ? b->short_name : to;
    const auto answers = [](int n) { return std::to_string(n) + (n == 1 ? " answer" : " answers"); };
    out.text = "Your target is now " + new_name + ". ";
    if (out.carried == 0 && out.not_carried == 0) out.text += "You had no checklist answers to carry over.";
    else {
        out.text += answers(out.carried) + " carried over to its checklist";
        if (out.not_carried > 0)
            out.text += "; " + answers(out.not_carried) + " not carried over (" + new_name + " has no item that takes " +
                        (out.not_carried == 1 ? "it" : "them") + " over)";
        out.text += ". Your " + old_name + " answers stay in your plan.";
    }
    return out;
}

}  // namespace certplan
