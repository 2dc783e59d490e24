#pragma once

class QWidget;

namespace viparita::app {

/// Sizes `window` to what its layout holds at its width: taller when something appears,
/// shorter again when it goes (no empty gap), and never narrower. A height the person set by
/// dragging is kept, and only grows.
void fitToContents(QWidget *window);

} // namespace viparita::app
