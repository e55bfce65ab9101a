// The UI font (Roboto, subset at setup), rasterised at the screen's device pixel ratio so that text is
// crisp at 1x, 2x and 3x while ImGui keeps working in CSS pixels (FontGlobalScale = 1 / ratio).
#pragma once

// The text sizes, in CSS px: body text and headings.
constexpr float kBodyFontSize = 16.0f, kHeadingFontSize = 21.0f;

// Rebuilds the font atlas for `pixel_ratio` if it changed; returns true when the atlas was rebuilt (the
// renderer must then upload the new texture).
bool fonts_update(float pixel_ratio);
