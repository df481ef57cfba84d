// MapTool: what a left-button press on the canvas does. Pan also selects on click and zooms to a
// box with Shift held; the measurement tools add a vertex per click and finish on a double click
// or the right button.
#pragma once

namespace eco::ui {

enum class MapTool { Pan, BoxZoom, MeasureDistance, MeasureArea };

} // namespace eco::ui
