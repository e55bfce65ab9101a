#include <catch_amalgamated.hpp>

#include <cmath>

#include "touch_scroll.h"

using Catch::Approx;

TEST_CASE("a finger's scroll: the content follows the finger 1:1, then glides and slows down") {
    TouchScroll s;

    SECTION("while the finger is down, every pixel it moves is one pixel of scroll") {
        s.touch_down(0.00, 100, 500);
        s.touch_move(0.02, 100, 470);
        s.touch_move(0.04, 100, 440);
        ScrollDelta d = s.take(0.04);
        CHECK(d.y == -60);  // finger moved up 60 px: the content moves up 60 px
        CHECK(d.x == 0);
        s.touch_move(0.06, 110, 430);
        d = s.take(0.06);
        CHECK(d.y == -10);
        CHECK(d.x == 10);
        CHECK(!s.take(0.07).any());  // nothing is delivered twice
    }

    SECTION("a flick glides on: distance v0 * tau * (1 - e^(-t/tau)), which tends to v0 * tau") {
        // 100 px up in the last 0.1 s: v0 = -1000 px/s; lifted at once.
        s.touch_down(0.0, 0, 600);
        s.touch_move(0.05, 0, 550);
        s.touch_move(0.10, 0, 500);
        s.take(0.10);
        s.touch_up(0.10);
        REQUIRE(s.moving());
        // After one time constant (0.325 s): -1000 * 0.325 * (1 - 1/e) = -205.44 px.
        const ScrollDelta first = s.take(0.10 + 0.325);
        CHECK(first.y == Approx(-205.44).margin(0.05));
        // Long after: the whole glide is v0 * tau = -325 px, delivered once; then it stops.
        const ScrollDelta rest = s.take(0.10 + 5.0);
        CHECK(first.y + rest.y == Approx(-325.0).margin(0.05));
        CHECK(!s.moving());
    }

    SECTION("a finger that rests before lifting does not glide") {
        s.touch_down(0.0, 0, 600);
        s.touch_move(0.05, 0, 500);
        s.take(0.05);
        s.touch_up(0.05 + 0.2);  // 200 ms still, then lifted
        CHECK(!s.moving());
        CHECK(!s.take(1.0).any());
    }

    SECTION("a slow drag (under the stop speed) does not glide") {
        s.touch_down(0.0, 0, 600);
        s.touch_move(0.1, 0, 599);  // 10 px/s
        s.take(0.1);
        s.touch_up(0.1);
        CHECK(!s.moving());
    }

    SECTION("a new touch stops a glide where it is") {
        s.touch_down(0.0, 0, 600);
        s.touch_move(0.1, 0, 500);
        s.touch_up(0.1);
        s.take(0.2);
        s.touch_down(0.2, 0, 300);
        CHECK(!s.moving());
        CHECK(!s.take(1.0).any());
    }

    SECTION("cancel (the finger drags a slider instead) forgets what was owed") {
        s.touch_down(0.0, 0, 600);
        s.touch_move(0.02, 0, 590);
        s.cancel();
        CHECK(!s.take(0.03).any());
        s.touch_move(0.04, 0, 580);  // no longer down: ignored
        CHECK(!s.take(0.05).any());
    }
}
