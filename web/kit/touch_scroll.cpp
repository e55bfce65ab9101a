#include "touch_scroll.h"

#include <cmath>

void TouchScroll::remember(const Sample& s) {
    if (count_ == kSamples) {
        for (int i = 1; i < kSamples; ++i) recent_[i - 1] = recent_[i];
        --count_;
    }
    recent_[count_++] = s;
    // Only the last kVelocityWindow seconds count for the velocity (keeping at least two samples).
    int drop = 0;
    while (count_ - drop > 2 && s.t - recent_[drop].t > kVelocityWindow) ++drop;
    for (int i = drop; i < count_; ++i) recent_[i - drop] = recent_[i];
    count_ -= drop;
}

void TouchScroll::touch_down(double t, float x, float y) {
    cancel();
    down_ = true;
    remember({t, x, y});
}

void TouchScroll::touch_move(double t, float x, float y) {
    if (!down_) return;
    if (count_ > 0) {
        owed_.x += x - recent_[count_ - 1].x;
        owed_.y += y - recent_[count_ - 1].y;
    }
    remember({t, x, y});
}

void TouchScroll::touch_up(double t) {
    if (!down_) return;
    down_ = false;
    if (count_ < 2) return;
    const Sample& first = recent_[0];
    const Sample& last = recent_[count_ - 1];
    const double span = last.t - first.t;
    if (span <= 0 || t - last.t > kRestBeforeLift) return;  // the finger rested before lifting: no glide
    vx_ = (last.x - first.x) / span;
    vy_ = (last.y - first.y) / span;
    if (std::sqrt(vx_ * vx_ + vy_ * vy_) < kStopSpeed) return;
    gliding_ = true;
    glide_start_ = t;
    glide_taken_ = 0;
    count_ = 0;
}

void TouchScroll::cancel() {
    count_ = 0;
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
        // NOTE: expf, not exp: double exp brings a 2 KB table into the download; a float is precise enough here.
        const float decay = std::exp(float(-elapsed / tau));
        const double covered = tau * (1 - decay);
        const double step = covered - glide_taken_;
        glide_taken_ = covered;
        d.x += float(vx_ * step);
        d.y += float(vy_ * step);
        if (std::sqrt(vx_ * vx_ + vy_ * vy_) * decay < kStopSpeed) gliding_ = false;
    }
    return d;
}
