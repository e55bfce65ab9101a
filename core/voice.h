// Whose plan the sentences speak of (issue 26.11): the viewer's own, or someone else's opened from a shared link
// that is not an earlier copy of the viewer's (core/own_copy.h). The date statement (core/weeks.h fit_message,
// core/pace.h) says "the 8 you set" and "You have logged 4 hours …" of one's own plan, and "the 8 its owner set"
// and "Its owner has logged 4 hours …" of someone else's.
#pragma once

namespace certplan {

enum class Voice { own, shared };

}  // namespace certplan
