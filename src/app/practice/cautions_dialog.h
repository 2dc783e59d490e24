#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace viparita::app {

class Settings;

/// Who should not do the practice, or should ask a doctor first, and what to
/// do on feeling faint. Shown before the first session (to be acknowledged)
/// and from the Help menu.
class CautionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CautionsDialog)

public:
    enum class Mode {
        FirstStart, ///< "I have read this" must be ticked before "I understand"
        FromHelp,   ///< only a Close button
    };

    explicit CautionsDialog(Mode mode, QWidget *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }

    /// Shows the FirstStart dialog (modal) unless the cautions were already
    /// acknowledged. True when they are acknowledged now (and remembered);
    /// false when the person declined.
    static bool ensureAcknowledged(Settings &settings, QWidget *parent);

    /// The cautions as rich text, for the dialog and for help pages.
    [[nodiscard]] static QString cautionsHtml();

private:
    Mode m_mode;
    QCheckBox *m_acknowledge = nullptr;
    QPushButton *m_acceptButton = nullptr;
};

} // namespace viparita::app
