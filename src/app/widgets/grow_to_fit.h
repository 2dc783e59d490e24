#pragma once

class QWidget;

namespace viparita::app {

/// Makes `window` as large as its layout wants at its present width, never smaller: a
/// warning that appears in a dialog is shown whole rather than cut off.
void growToFit(QWidget *window);

} // namespace viparita::app
