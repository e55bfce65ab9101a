// A finger's scroll as a phone does it: while the finger is down the content follows it 1:1; when it
// lifts while moving, the content glides on and slows down (exponential decay, as iOS and Android do).
// Platform-free and ImGui-free, so the native tests can drive it with hand-picked times and positions.
#pragma once


struct ScrollDelta {
    float x = 0, y = 0;
    bool any() const { return x != 0 || y != 0; }
};

class TouchScroll {
public:
    // How fast a glide dies out: the velocity falls to 1/e after this many seconds (iOS's feel).
    static constexpr double kGlideTimeConstant = 0.325;
    // The velocity is measured over the finger's last this-many seconds before it lifts.
    static constexpr double kVelocityWindow = 0.1;
    // Below this speed (CSS px/s) a glide stops; a finger that rests this long before lifting gives none.
    static constexpr double kStopSpeed = 20.0;
    static constexpr double kRestBeforeLift = 0.05;

    // Finger down: any glide in progress stops where it is.
    void touch_down(double t, float x, float y);
    // The finger moved (while scrolling): the content owes it this movement.
    void touch_move(double t, float x, float y);
    // Finger up: a glide starts at the finger's recent velocity, if it was moving.
    void touch_up(double t);
    // Stops everything (the finger's movement turned out not to be a scroll, e.g. it drags a slider).
    void cancel();

    // The pixels to scroll the content by now: the finger's movement since the last call, plus the
    // glide's distance between the last call and `now`. Positive y = content moves down (finger down).
    ScrollDelta take(double now);
    // True while there is movement still to deliver (the main loop keeps drawing).
    bool moving() const { return owed_.any() || gliding_; }

private:
    struct Sample { double t; float x, y; };
    // The finger's last positions, oldest first (a small fixed window: a std::deque cost ~5 KB of download).
    static constexpr int kSamples = 8;
    Sample recent_[kSamples] = {};
    int count_ = 0;
    void remember(const Sample& s);
    ScrollDelta owed_;
    bool down_ = false, gliding_ = false;
    double glide_start_ = 0, glide_taken_ = 0;  // seconds
    double vx_ = 0, vy_ = 0;                     // px/s at glide_start_
};
