#include "touch_scroll.h"

#include <cmath>

void TouchScroll::touch_down(double t, float x, float y) {
    cancel();
    down_ = true;
    recent_.push_back({t, x, y});
}

void TouchScroll::touch_move(double t, float x, float y) {
    if (!down_) return;
    if (!recent_.empty()) {
        owed_.x += x - recent_.back().x;
        owed_.y += y - recent_.back().y;
    }
    recent_.push_back({t, x, y});
    while (recent_.size() > 2 && t - recent_.front().t > kVelocityWindow) recent_.pop_front();
}

void TouchScroll::touch_up(double t) {
    if (!down_) return;
    down_ = false;
    if (recent_.size() < 2) return;
    const Sample& first = recent_.front();
    const Sample& last = recent_.back();
    const double span = last.t - first.t;
    if (span <= 0 || t - last.t > kRestBeforeLift) return;  // the finger rested before lifting: no glide
    vx_ = (last.x - first.x) / span;
    vy_ = (last.y - first.y) / span;
    if (std::hypot(vx_, vy_) < kStopSpeed) return;
    gliding_ = true;
    glide_start_ = t;
    glide_taken_ = 0;
    recent_.clear();
}

void TouchScroll::cancel() {
    recent_.clear();
    owed_ = {};
    down_ = gliding_ = false;
}

ScrollDelta TouchScroll::take(double now) {
    ScrollDelta d = owed_;
    owed_ = {};
    if (gliding_) {
        // Distance glided from the start: v0 * tau * (1 - e^(-t/tau)); deliver what is new since last time.
        const double tau = kGlideTimeConstant;
        const double elapsed = std::fmax(0.0, now - glide_start_);
        const double covered = tau * (1 - std::exp(-elapsed / tau));
        const double step = covered - glide_taken_;
        glide_taken_ = covered;
        d.x += float(vx_ * step);
        d.y += float(vy_ * step);
        if (std::hypot(vx_, vy_) * std::exp(-elapsed / tau) < kStopSpeed) gliding_ = false;
    }
    return d;
}
