#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace viparita::app {

/// Help, shipped with the app and read without a network: the user guide, and every key the
/// app answers to, screen by screen.
class HelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum class Page { Guide, Keys };

    explicit HelpDialog(Page page, QWidget *parent = nullptr);

    void showPage(Page page);
    /// The text of a page, as shown (for tests).
    [[nodiscard]] QString pageText(Page page) const;

    /// The keys, as an HTML table with a heading a screen.
    [[nodiscard]] static QString keysHtml();

private:
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_guide = nullptr;
    QTextBrowser *m_keys = nullptr;
};

} // namespace viparita::app
